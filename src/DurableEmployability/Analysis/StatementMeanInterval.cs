namespace DurableEmployability.Analysis;

/// <summary>The confidence interval of the mean rating of one statement.</summary>
/// <param name="Key">The statement code.</param>
/// <param name="N">The number of ratings (the item's <c>n</c>).</param>
/// <param name="Mean">The mean rating, unrounded; <see langword="null"/> when <paramref name="N"/> is 0.</param>
/// <param name="Interval">The Student t interval of the mean; <see langword="null"/> when <paramref name="N"/> &lt; 2.</param>
/// <remarks>Immutable; value equality.</remarks>
public sealed record StatementMeanInterval(string Key, long N, double? Mean, ConfidenceInterval? Interval);
