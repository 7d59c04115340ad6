using System;

namespace DurableEmployability.Catalog;

/// <summary>Parses and formats the two-letter codes of <see cref="Language"/> (<c>nl</c>, <c>en</c>).</summary>
public static class Languages
{
    /// <summary>Returns the two-letter code of a language: <c>nl</c> or <c>en</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public static string Format(Language language) => language switch
    {
        Language.Dutch => "nl",
        Language.English => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Expected Language.Dutch or Language.English."),
    };

    /// <summary>Parses a two-letter language code (<c>nl</c> or <c>en</c>, ordinal, lower case).</summary>
    /// <param name="code">The code to parse.</param>
    /// <param name="language">The language when the code is known.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is <c>nl</c> or <c>en</c>.</returns>
    public static bool TryParse(string? code, out Language language)
    {
        switch (code)
        {
            case "nl":
                language = Language.Dutch;
                return true;
            case "en":
                language = Language.English;
                return true;
            default:
                language = default;
                return false;
        }
    }
}
