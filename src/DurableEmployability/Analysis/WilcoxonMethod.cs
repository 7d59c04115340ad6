namespace DurableEmployability.Analysis;

/// <summary>How the p-value of the Wilcoxon signed-rank test is computed.</summary>
public enum WilcoxonMethod
{
    /// <summary>Exact for at most <see cref="WilcoxonSignedRank.ExactMaximum"/> nonzero differences, the normal approximation above.</summary>
    Auto = 0,

    /// <summary>The exact permutation distribution of the (possibly tied) ranks.</summary>
    Exact = 1,

    /// <summary>The normal approximation with tie correction (and continuity correction when asked).</summary>
    Approximate = 2,
}
