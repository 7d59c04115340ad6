using DurableEmployability.Catalog;

namespace DurableEmployability.Aggregation;

/// <summary>The aggregate of the complete participants of one segment (optionally one group): every table of the report format.</summary>
/// <param name="Segment">The segment.</param>
/// <param name="Group">The group of a breakdown report; <see langword="null"/> for an overall report.</param>
/// <param name="Participants">The number of complete participants of the segment (and group): the base of the tables.</param>
/// <param name="ExcludedIncomplete">The number of incomplete participants of the segment (and group), left out of the tables.</param>
/// <param name="Tables">The tables.</param>
/// <remarks>
/// <para>
/// Built by <see cref="ReportAccumulator.ToReport"/> or read from JSON. Counts are the primary data; percentages and
/// means are derived from them and kept unrounded (rounding is for rendering only). Value equality (the scale moments
/// included). Immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var accumulator = new ReportAccumulator(new ReportOptions(Segment.Company));
/// accumulator.AddRange(dataset.Participants);
/// Report report = accumulator.ToReport();
/// Console.WriteLine(report.Tables.TypologyStart.Mean); // e.g. 2.399…
/// </code>
/// </example>
public sealed record Report(Segment Segment, ReportGroup? Group, long Participants, long ExcludedIncomplete, ReportTables Tables)
{
    /// <summary>The <c>format</c> value of the report JSON.</summary>
    public const string FormatName = "durable-employability/report";

    /// <summary>The <c>version</c> of the report JSON this release writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Gets a value indicating whether this group report was suppressed by small-cell protection (read from JSON written as <c>"suppressed": true</c>).</summary>
    /// <remarks>
    /// A suppressed report publishes no counts: read from JSON, its <see cref="Participants"/> and
    /// <see cref="ExcludedIncomplete"/> are 0 and its tables are empty (every count 0). The writer writes a suppressed
    /// report as <c>"suppressed": true</c> again. Only group reports are suppressed; the overall report never is.
    /// Reports built by <see cref="ReportAccumulator"/> are never suppressed: suppression is applied when writing
    /// (<c>ReportJsonOptions.MinGroupSize</c>).
    /// </remarks>
    public bool IsSuppressed { get; init; }

    /// <summary>Gets the co-moments of the opportunity ratings, for reliability analysis; <see langword="null"/> when the report was read from JSON (they are not part of it).</summary>
    public ScaleMoments? OpportunityMoments { get; init; }

    /// <summary>Gets the co-moments of the obstacle ratings, for reliability analysis; <see langword="null"/> when the report was read from JSON (they are not part of it).</summary>
    public ScaleMoments? ObstacleMoments { get; init; }
}
