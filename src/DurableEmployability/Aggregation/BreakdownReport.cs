namespace DurableEmployability.Aggregation;

/// <summary>An overall report with one report per group (e.g. per partner), aggregated in the same pass.</summary>
/// <param name="Overall">The report over all complete participants of the segment (without <see cref="Report.Group"/>).</param>
/// <param name="Groups">One report per group, in group order (for partners: the dataset's <c>partners</c> order).</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record BreakdownReport(Report Overall, ValueArray<Report> Groups);
