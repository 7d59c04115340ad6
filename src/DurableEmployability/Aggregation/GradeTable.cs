namespace DurableEmployability.Aggregation;

/// <summary>The grades 1…10 for the quality of support (Tables 25, 31).</summary>
/// <param name="N">The number of complete participants (the percent base, unanswered included).</param>
/// <param name="Unanswered">The number without a grade.</param>
/// <param name="Mean">The mean of the given grades, unrounded; <see langword="null"/> when no grade was given.</param>
/// <param name="Rows">One row per grade, <c>1</c> … <c>10</c>, zeros included.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record GradeTable(long N, long Unanswered, double? Mean, ValueArray<CountRow> Rows);
