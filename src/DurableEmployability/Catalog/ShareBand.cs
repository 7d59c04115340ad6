namespace DurableEmployability.Catalog;

/// <summary>A band for a share of staff, in percent (Tables 2–5). Codes: <c>&lt;25</c>, <c>25-50</c>, <c>50-75</c>, <c>&gt;75</c>.</summary>
/// <remarks>The default value (0) is not a band.</remarks>
public enum ShareBand
{
    /// <summary>Less than 25% (<c>&lt;25</c>).</summary>
    Below25 = 1,

    /// <summary>25–50% (<c>25-50</c>).</summary>
    From25To50 = 2,

    /// <summary>50–75% (<c>50-75</c>).</summary>
    From50To75 = 3,

    /// <summary>More than 75% (<c>&gt;75</c>).</summary>
    Above75 = 4,
}
