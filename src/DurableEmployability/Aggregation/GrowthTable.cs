namespace DurableEmployability.Aggregation;

/// <summary>The distribution of typology growth (end score − start score, −6 … 6) and its three classes (Table 7).</summary>
/// <param name="N">The number of complete participants (the percent base).</param>
/// <param name="Mean">The mean growth, unrounded; <see langword="null"/> when <paramref name="N"/> is 0.</param>
/// <param name="Rows">One row per growth value, keys <c>-6</c> … <c>6</c> (no plus sign), zeros included.</param>
/// <param name="Declined">Participants with growth below 0.</param>
/// <param name="Stable">Participants with growth 0.</param>
/// <param name="Grew">Participants with growth above 0.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record GrowthTable(long N, double? Mean, ValueArray<CountRow> Rows, CountShare Declined, CountShare Stable, CountShare Grew);
