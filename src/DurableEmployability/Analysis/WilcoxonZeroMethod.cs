namespace DurableEmployability.Analysis;

/// <summary>How the Wilcoxon signed-rank test treats zero differences.</summary>
public enum WilcoxonZeroMethod
{
    /// <summary>Zero differences are dropped before ranking (Wilcoxon's original method; the report's <c>wilcox</c>).</summary>
    Wilcox = 1,

    /// <summary>Zero differences are ranked with the others, then their ranks are dropped (Pratt's method; the report's <c>pratt</c>).</summary>
    Pratt = 2,
}
