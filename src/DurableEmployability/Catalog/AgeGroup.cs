namespace DurableEmployability.Catalog;

/// <summary>An age group of staff (Table 4). Codes: <c>up-to-25</c>, <c>26-55</c>, <c>over-55</c>.</summary>
/// <remarks>The default value (0) is not an age group.</remarks>
public enum AgeGroup
{
    /// <summary>Up to 25 years (<c>up-to-25</c>).</summary>
    UpTo25 = 1,

    /// <summary>26 to 55 years (<c>26-55</c>).</summary>
    From26To55 = 2,

    /// <summary>Over 55 years (<c>over-55</c>).</summary>
    Over55 = 3,
}
