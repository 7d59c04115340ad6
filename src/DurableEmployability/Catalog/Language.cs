namespace DurableEmployability.Catalog;

/// <summary>A language in which catalogue labels, messages and rendered reports are available.</summary>
/// <remarks>The default value (0) is not a language; every API that takes a <see cref="Language"/> rejects it.</remarks>
public enum Language
{
    /// <summary>Dutch (<c>nl</c>), the language of the published report.</summary>
    Dutch = 1,

    /// <summary>English (<c>en</c>).</summary>
    English = 2,
}
