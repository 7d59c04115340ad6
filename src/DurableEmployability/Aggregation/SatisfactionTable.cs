namespace DurableEmployability.Aggregation;

/// <summary>The quality categories <c>A</c>…<c>D</c> chosen at the end (Tables 23, 32).</summary>
/// <param name="N">The number of complete participants (the percent base, unanswered included).</param>
/// <param name="Unanswered">The number without a category.</param>
/// <param name="Rows">One row per category, <c>A</c> … <c>D</c>, zeros included.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record SatisfactionTable(long N, long Unanswered, ValueArray<CountRow> Rows);
