using System;

namespace DurableEmployability.Analysis;

/// <summary>The analysis of paired change on the seven-step typology scale (start → end): counts, sign test, Wilcoxon signed-rank test, rank-biserial correlation and, from a transition table, marginal homogeneity and symmetry.</summary>
/// <remarks>
/// Built from plain counts, so it does not depend on how the report is aggregated. Immutable; value equality
/// (the nested results are records with value equality too).
/// </remarks>
/// <example>
/// <code>
/// // Phase I growth distribution, −6…+6.
/// var change = TypologyChangeAnalysis.FromGrowth([0, 0, 0, 1, 2, 4, 114, 199, 115, 33, 7, 1, 0]);
/// // change.Improved == 355, change.Declined == 7, change.SignTestP ≈ 3.31e-95, change.Wilcoxon.TPlus == 64433.5
/// </code>
/// </example>
public sealed record TypologyChangeAnalysis
{
    /// <summary>The number of typology steps (A … D).</summary>
    public const int Categories = 7;

    /// <summary>The number of growth values, −6…+6.</summary>
    public const int GrowthValues = (2 * Categories) - 1;

    private TypologyChangeAnalysis(
        long improved,
        long unchanged,
        long declined,
        WilcoxonSignedRankResult wilcoxon,
        WilcoxonSignedRankResult wilcoxonPratt,
        ChiSquareTestResult? marginalHomogeneity,
        ChiSquareTestResult? symmetry)
    {
        Improved = improved;
        Unchanged = unchanged;
        Declined = declined;
        SignTestP = SignTest.TwoSidedP(improved, declined);
        Wilcoxon = wilcoxon;
        WilcoxonPratt = wilcoxonPratt;
        MarginalHomogeneity = marginalHomogeneity;
        Symmetry = symmetry;
    }

    /// <summary>Gets the number of pairs.</summary>
    public long N => Improved + Unchanged + Declined;

    /// <summary>Gets the number of pairs that moved up the scale (growth &gt; 0).</summary>
    public long Improved { get; }

    /// <summary>Gets the number of pairs that stayed (growth 0).</summary>
    public long Unchanged { get; }

    /// <summary>Gets the number of pairs that moved down the scale (growth &lt; 0).</summary>
    public long Declined { get; }

    /// <summary>Gets the exact two-sided sign-test p-value of improved versus declined (ties left out); see <see cref="SignTest.TwoSidedP"/>.</summary>
    public double SignTestP { get; }

    /// <summary>Gets the Wilcoxon signed-rank test with zero differences dropped (<c>wilcox</c>), exact for n ≤ 50, else the normal approximation with tie and continuity corrections.</summary>
    public WilcoxonSignedRankResult Wilcoxon { get; }

    /// <summary>Gets the Wilcoxon signed-rank test with Pratt's treatment of zero differences (<c>pratt</c>).</summary>
    public WilcoxonSignedRankResult WilcoxonPratt { get; }

    /// <summary>Gets the matched-pairs rank-biserial correlation (T+ − T−)/(T+ + T−) of <see cref="Wilcoxon"/>; <see langword="null"/> when nobody changed.</summary>
    public double? RankBiserial => Wilcoxon.RankBiserial;

    /// <summary>Gets the Stuart–Maxwell test of marginal homogeneity; <see langword="null"/> when built from the growth distribution or when no pair changed.</summary>
    public ChiSquareTestResult? MarginalHomogeneity { get; }

    /// <summary>Gets Bowker's test of symmetry; <see langword="null"/> when built from the growth distribution or when no pair changed.</summary>
    public ChiSquareTestResult? Symmetry { get; }

    /// <summary>Analyses the growth distribution.</summary>
    /// <param name="growthCounts">The 13 counts of growth −6…+6 (index 0 is −6, index 6 is 0).</param>
    /// <returns>The analysis, without the tests that need the transition table.</returns>
    /// <exception cref="ArgumentException"><paramref name="growthCounts"/> does not have 13 counts, or a count is negative.</exception>
    public static TypologyChangeAnalysis FromGrowth(ReadOnlySpan<long> growthCounts)
    {
        if (growthCounts.Length != GrowthValues)
        {
            throw new ArgumentException($"The growth distribution must have {GrowthValues} counts (−6…+6); got {growthCounts.Length}.", nameof(growthCounts));
        }

        for (int i = 0; i < GrowthValues; i++)
        {
            if (growthCounts[i] < 0)
            {
                throw new ArgumentException($"Count {i} is negative ({growthCounts[i]}).", nameof(growthCounts));
            }
        }

        return Create(growthCounts, null, null);
    }

    /// <summary>Analyses the 7 × 7 transition table.</summary>
    /// <param name="transitions">The 49 counts, from-major in typology order: <c>transitions[from * 7 + to]</c>.</param>
    /// <returns>The analysis, with the marginal homogeneity and symmetry tests.</returns>
    /// <exception cref="ArgumentException"><paramref name="transitions"/> does not have 49 counts, or a count is negative.</exception>
    public static TypologyChangeAnalysis FromTransitions(ReadOnlySpan<long> transitions)
    {
        if (transitions.Length != Categories * Categories)
        {
            throw new ArgumentException($"The transition table must have {Categories * Categories} counts; got {transitions.Length}.", nameof(transitions));
        }

        Span<long> growth = stackalloc long[GrowthValues];
        for (int from = 0; from < Categories; from++)
        {
            for (int to = 0; to < Categories; to++)
            {
                long count = transitions[(from * Categories) + to];
                if (count < 0)
                {
                    throw new ArgumentException($"Count {(from * Categories) + to} is negative ({count}).", nameof(transitions));
                }

                growth[to - from + Categories - 1] = checked(growth[to - from + Categories - 1] + count);
            }
        }

        return Create(
            growth,
            SquareTableTests.StuartMaxwell(transitions, Categories),
            SquareTableTests.Bowker(transitions, Categories));
    }

    private static TypologyChangeAnalysis Create(ReadOnlySpan<long> growth, ChiSquareTestResult? marginal, ChiSquareTestResult? symmetry)
    {
        long improved = 0, declined = 0;
        for (int i = 0; i < GrowthValues; i++)
        {
            if (i < Categories - 1)
            {
                declined = checked(declined + growth[i]);
            }
            else if (i > Categories - 1)
            {
                improved = checked(improved + growth[i]);
            }
        }

        return new TypologyChangeAnalysis(
            improved,
            growth[Categories - 1],
            declined,
            WilcoxonSignedRank.FromDifferenceCounts(growth, WilcoxonZeroMethod.Wilcox),
            WilcoxonSignedRank.FromDifferenceCounts(growth, WilcoxonZeroMethod.Pratt),
            marginal,
            symmetry);
    }
}
