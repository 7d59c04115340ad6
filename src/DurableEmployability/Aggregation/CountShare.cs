namespace DurableEmployability.Aggregation;

/// <summary>A count with its percentage of a table's base (e.g. the growth table's <c>declined</c> block).</summary>
/// <param name="Count">The count.</param>
/// <param name="Percent">100 · <paramref name="Count"/> / n, unrounded; 0 when the base n is 0.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record CountShare(long Count, double Percent);
