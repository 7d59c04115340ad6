namespace DurableEmployability.Catalog;

/// <summary>An education level of staff (Table 5). Codes: <c>primary</c>, <c>lower-vocational</c>, <c>secondary-vocational</c>, <c>general-secondary</c>, <c>higher</c>.</summary>
/// <remarks>The default value (0) is not a level.</remarks>
public enum EducationLevel
{
    /// <summary>Primary education (<c>primary</c>, "basisonderwijs").</summary>
    Primary = 1,

    /// <summary>Lower vocational education, VMBO/LTS (<c>lower-vocational</c>).</summary>
    LowerVocational = 2,

    /// <summary>Secondary vocational education, MBO (<c>secondary-vocational</c>).</summary>
    SecondaryVocational = 3,

    /// <summary>General secondary education, HAVO/VWO (<c>general-secondary</c>).</summary>
    GeneralSecondary = 4,

    /// <summary>Higher education, HBO/WO (<c>higher</c>).</summary>
    Higher = 5,
}
