namespace DurableEmployability.Aggregation;

/// <summary>The share bands of one staff group (an age group or an education level).</summary>
/// <param name="Key">The group code, e.g. <c>up-to-25</c> or <c>primary</c>.</param>
/// <param name="Unanswered">The number of complete participants without a band for this group.</param>
/// <param name="Rows">One row per share band, <c>&lt;25</c> … <c>&gt;75</c>, zeros included.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record ProfileGroupDistribution(string Key, long Unanswered, ValueArray<KeyCount> Rows);
