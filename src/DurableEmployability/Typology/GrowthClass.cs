namespace DurableEmployability.Typology;

/// <summary>The class of a typology growth (Table 7): declined (&lt; 0), stable (0) or grew (&gt; 0).</summary>
/// <remarks>Codes: <c>declined</c>, <c>stable</c>, <c>grew</c>. The default value (0) is not a class.</remarks>
public enum GrowthClass
{
    /// <summary>The end step scores lower than the start step (<c>declined</c>, "achteruitgang").</summary>
    Declined = 1,

    /// <summary>The same step at start and end (<c>stable</c>, "stabiel").</summary>
    Stable = 2,

    /// <summary>The end step scores higher than the start step (<c>grew</c>, "groei").</summary>
    Grew = 3,
}
