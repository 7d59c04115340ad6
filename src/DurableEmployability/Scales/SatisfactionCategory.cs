namespace DurableEmployability.Scales;

/// <summary>The entrepreneur's quality category for the advisory trajectory (Tables 23, 32). Codes: <c>A</c>…<c>D</c>.</summary>
/// <remarks>The default value (0) is not a category. Order: A (serious problems) to D (expectations exceeded).</remarks>
public enum SatisfactionCategory
{
    /// <summary>Serious problems; results not achieved.</summary>
    A = 1,

    /// <summary>Changes were needed; results only partly achieved.</summary>
    B = 2,

    /// <summary>Above-average results; a solid, methodical approach.</summary>
    C = 3,

    /// <summary>Excellent support; expectations exceeded.</summary>
    D = 4,
}
