using System.Collections.Generic;
using DurableEmployability.Trajectories;
using DurableEmployability.Validation;

namespace DurableEmployability.Serialization;

/// <summary>
/// The result of reading a dataset and aggregating it without keeping its participants
/// (<see cref="DatasetReader.Aggregate"/>, <see cref="DatasetReader.AggregateByPartner"/>): the accumulator and every
/// problem found.
/// </summary>
/// <typeparam name="TAccumulator"><see cref="Aggregation.ReportAccumulator"/> or <see cref="Aggregation.GroupedReportAccumulator"/>.</typeparam>
/// <remarks>
/// The accumulator holds every participant without error, exactly as when each participant yielded by
/// <see cref="DatasetStream.Participants"/> is added to it; the problems are those of <see cref="DatasetStream.Problems"/>.
/// Like streaming, participants whose partner could only be checked after they were read (partners listed after
/// participants) are counted even when the partner turns out unknown (then <see cref="Success"/> is
/// <see langword="false"/>). The result is immutable; the accumulator is the caller's to use (and is not thread-safe).
/// </remarks>
public sealed class DatasetAggregateResult<TAccumulator>
    where TAccumulator : class
{
    internal DatasetAggregateResult(TAccumulator accumulator, IReadOnlyList<Partner> partners, long participantCount, bool success, IReadOnlyList<Problem> problems, bool limitReached, long errorCount, long warningCount)
    {
        Accumulator = accumulator;
        Partners = partners;
        ParticipantCount = participantCount;
        Success = success;
        Problems = problems;
        LimitReached = limitReached;
        ErrorCount = errorCount;
        WarningCount = warningCount;
    }

    /// <summary>Gets the accumulator of the participants without error.</summary>
    public TAccumulator Accumulator { get; }

    /// <summary>Gets the valid partners, in document order.</summary>
    public IReadOnlyList<Partner> Partners { get; }

    /// <summary>Gets the number of participants without error that were aggregated (of either segment; the accumulator counts its segment's only).</summary>
    public long ParticipantCount { get; }

    /// <summary>Gets a value indicating whether the whole document was read without error (warnings allowed).</summary>
    public bool Success { get; }

    /// <summary>Gets the problems found, errors and warnings, in the order found (at most <see cref="DatasetReaderOptions.MaxProblems"/> plus one <c>problem-limit</c> entry).</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Gets a value indicating whether more problems were found than <see cref="DatasetReaderOptions.MaxProblems"/>, so that <see cref="Problems"/> is not complete.</summary>
    public bool LimitReached { get; }

    /// <summary>Gets the number of errors found, including those beyond the limit.</summary>
    public long ErrorCount { get; }

    /// <summary>Gets the number of warnings found, including those beyond the limit.</summary>
    public long WarningCount { get; }
}
