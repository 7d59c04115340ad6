namespace DurableEmployability.Aggregation;

/// <summary>A catalogue row of a frequency table: its key, its count and its percentage of the table's base.</summary>
/// <param name="Key">The catalogue code of the row (e.g. <c>A</c>, <c>organisation</c>, <c>-6</c>).</param>
/// <param name="Count">The number of participants in the row.</param>
/// <param name="Percent">100 · <paramref name="Count"/> / n, unrounded; 0 when the base n is 0.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record CountRow(string Key, long Count, double Percent);
