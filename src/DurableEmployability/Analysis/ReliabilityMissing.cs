namespace DurableEmployability.Analysis;

/// <summary>How missing item scores are handled when estimating scale reliability.</summary>
public enum ReliabilityMissing
{
    /// <summary>Only respondents who scored every item are used (the report's <c>listwise</c>).</summary>
    Listwise = 1,

    /// <summary>Each covariance uses the respondents who scored both of its items (the report's <c>pairwise</c>).</summary>
    Pairwise = 2,
}
