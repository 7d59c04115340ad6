namespace DurableEmployability.Aggregation;

/// <summary>The number of participants who worked on each aspect (Table 9); a participant may count under several aspects.</summary>
/// <param name="N">The number of complete participants (the percent base).</param>
/// <param name="Rows">One row per aspect of the segment, in catalogue order, zeros included.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record AspectTable(long N, ValueArray<CountRow> Rows);
