namespace DurableEmployability.Aggregation;

/// <summary>The ratings 1…5 of one statement: counts per score and descriptive statistics over the given ratings.</summary>
/// <param name="Key">The statement code.</param>
/// <param name="N">The number of participants who gave a rating (the base of this item's percentages).</param>
/// <param name="Missing">The number of complete participants without a rating for this statement.</param>
/// <param name="Counts">Five counts: <c>Counts[i]</c> is the number of ratings <c>i + 1</c>.</param>
/// <param name="Mean">The mean rating, unrounded; <see langword="null"/> when <paramref name="N"/> is 0.</param>
/// <param name="Sd">The sample standard deviation (n − 1); <see langword="null"/> when <paramref name="N"/> &lt; 2.</param>
/// <param name="Median">The median (the mean of the two middle ratings for an even count); <see langword="null"/> when <paramref name="N"/> is 0.</param>
/// <param name="TopBox">The percentage of ratings 4 or 5 of <paramref name="N"/>; 0 when <paramref name="N"/> is 0.</param>
/// <param name="BottomBox">The percentage of ratings 1 or 2 of <paramref name="N"/>; 0 when <paramref name="N"/> is 0.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record StatementItem(string Key, long N, long Missing, ValueArray<long> Counts, double? Mean, double? Sd, double? Median, double TopBox, double BottomBox)
{
    /// <summary>Returns the percentage of one score of the item's <see cref="N"/>, unrounded (0 when <see cref="N"/> is 0).</summary>
    /// <param name="score">The score 1…5.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="score"/> is not 1…5.</exception>
    public double Percent(int score)
    {
        System.ArgumentOutOfRangeException.ThrowIfLessThan(score, 1);
        System.ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 5);
        return ReportMath.Percent(Counts[score - 1], N);
    }
}
