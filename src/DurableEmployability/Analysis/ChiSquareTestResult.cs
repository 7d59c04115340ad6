namespace DurableEmployability.Analysis;

/// <summary>The result of a chi-square test on a square table (marginal homogeneity or symmetry).</summary>
/// <param name="Test">The report code of the test: <c>stuart-maxwell</c> or <c>bowker</c>.</param>
/// <param name="Statistic">The chi-square statistic, ≥ 0.</param>
/// <param name="DegreesOfFreedom">The degrees of freedom, ≥ 1.</param>
/// <param name="P">The p-value P(χ²(df) &gt; statistic), in [0, 1].</param>
/// <remarks>Immutable; value equality.</remarks>
public sealed record ChiSquareTestResult(string Test, double Statistic, int DegreesOfFreedom, double P);
