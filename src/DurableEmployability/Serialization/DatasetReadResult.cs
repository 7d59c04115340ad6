using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using DurableEmployability.Trajectories;
using DurableEmployability.Validation;

namespace DurableEmployability.Serialization;

/// <summary>The result of reading a whole dataset: the dataset when it is valid, and every problem found.</summary>
/// <remarks>
/// Reading never throws for bad data. <see cref="Success"/> is <see langword="true"/> when no problem is an error
/// (warnings allowed); then <see cref="Dataset"/> holds every partner and participant. When there are errors,
/// <see cref="Dataset"/> is <see langword="null"/> and <see cref="ValidPart"/> holds the partners and participants
/// that had no error (when reading got to the end of the document), for callers that accept a partial dataset.
/// Immutable and thread-safe.
/// </remarks>
public sealed class DatasetReadResult
{
    internal DatasetReadResult(Dataset? validPart, bool success, IReadOnlyList<Problem> problems, bool limitReached, long errorCount, long warningCount)
    {
        Success = success;
        Dataset = success ? validPart : null;
        ValidPart = validPart;
        Problems = problems;
        LimitReached = limitReached;
        ErrorCount = errorCount;
        WarningCount = warningCount;
    }

    /// <summary>Gets a value indicating whether the dataset is valid: no problem is an error.</summary>
    [MemberNotNullWhen(true, nameof(Dataset))]
    public bool Success { get; }

    /// <summary>Gets the dataset when <see cref="Success"/>; otherwise <see langword="null"/>.</summary>
    public Dataset? Dataset { get; }

    /// <summary>
    /// Gets the partners and participants without errors, in document order, or <see langword="null"/> when reading
    /// stopped early (syntax error, encoding, depth or size limit, unknown version). Equal to <see cref="Dataset"/> on success.
    /// </summary>
    public Dataset? ValidPart { get; }

    /// <summary>Gets the problems found, errors and warnings, in the order found (at most <see cref="DatasetReaderOptions.MaxProblems"/> plus one <c>problem-limit</c> entry).</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Gets a value indicating whether more problems were found than <see cref="DatasetReaderOptions.MaxProblems"/>, so that <see cref="Problems"/> is not complete.</summary>
    public bool LimitReached { get; }

    /// <summary>Gets the number of errors found, including those beyond the limit.</summary>
    public long ErrorCount { get; }

    /// <summary>Gets the number of warnings found, including those beyond the limit.</summary>
    public long WarningCount { get; }
}
