namespace DurableEmployability.Aggregation;

/// <summary>The distribution of the typology at one monitor moment (<c>typologyStart</c> or <c>typologyEnd</c>).</summary>
/// <param name="N">The number of complete participants (the percent base).</param>
/// <param name="Mean">The mean score (A = 1 … D = 7), unrounded; <see langword="null"/> when <paramref name="N"/> is 0.</param>
/// <param name="Rows">One row per typology step, <c>A</c> … <c>D</c>, zeros included.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record TypologyTable(long N, double? Mean, ValueArray<CountRow> Rows);
