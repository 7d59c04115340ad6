namespace DurableEmployability.Analysis;

/// <summary>The result of a Wilcoxon signed-rank test.</summary>
/// <param name="ZeroMethod">How zero differences were treated.</param>
/// <param name="N">The number of nonzero differences (the pairs that carry a rank).</param>
/// <param name="Zeros">The number of zero differences.</param>
/// <param name="TPlus">The sum of the ranks of the positive differences.</param>
/// <param name="TMinus">The sum of the ranks of the negative differences.</param>
/// <param name="Z">
/// The normal-approximation statistic (with tie and continuity correction, from min(T+, T−), so never positive);
/// <see langword="null"/> when its variance is zero (no nonzero differences).
/// </param>
/// <param name="P">The two-sided p-value in [0, 1]: exact when <paramref name="IsExact"/>, else from <paramref name="Z"/>.</param>
/// <param name="IsExact">Whether <paramref name="P"/> comes from the exact permutation distribution (n ≤ <see cref="WilcoxonSignedRank.ExactMaximum"/>).</param>
/// <remarks>Immutable; value equality.</remarks>
public sealed record WilcoxonSignedRankResult(
    WilcoxonZeroMethod ZeroMethod,
    long N,
    long Zeros,
    double TPlus,
    double TMinus,
    double? Z,
    double P,
    bool IsExact)
{
    /// <summary>Gets the matched-pairs rank-biserial correlation (T+ − T−) / (T+ + T−), in [−1, 1]; <see langword="null"/> when no difference is nonzero.</summary>
    public double? RankBiserial => TPlus + TMinus > 0 ? (TPlus - TMinus) / (TPlus + TMinus) : null;

    /// <summary>Gets the report code of the zero method: <c>wilcox</c> or <c>pratt</c>.</summary>
    public string ZeroMethodCode => ZeroMethod == WilcoxonZeroMethod.Pratt ? "pratt" : "wilcox";
}
