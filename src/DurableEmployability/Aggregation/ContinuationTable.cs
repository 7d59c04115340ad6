namespace DurableEmployability.Aggregation;

/// <summary>Whether participants continue, and how (Table 16).</summary>
/// <param name="N">The number of complete participants.</param>
/// <param name="Continues">Continues yes / no / unanswered; sums to <paramref name="N"/>.</param>
/// <param name="Form">The form, counted for continuing participants only; sums to <c>Continues.Yes</c>.</param>
/// <param name="SupportWanted">Whether support is wanted, counted for continuing participants only; sums to <c>Continues.Yes</c>.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record ContinuationTable(long N, YesNoCounts Continues, ContinuationFormCounts Form, YesNoCounts SupportWanted);
