using System;

namespace DurableEmployability.Catalog;

/// <summary>A text in Dutch and in English, such as a catalogue label.</summary>
/// <param name="Dutch">The Dutch text, as printed in the report.</param>
/// <param name="English">The English text.</param>
/// <remarks>Equality is ordinal on both texts. Instances are immutable and thread-safe.</remarks>
public sealed record BilingualText(string Dutch, string English)
{
    /// <summary>Returns the text in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The Dutch or the English text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Get(Language language) => language switch
    {
        Language.Dutch => Dutch,
        Language.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Expected Language.Dutch or Language.English."),
    };

    /// <summary>Returns the English text followed by the Dutch text, for diagnostics.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString() => $"{English} ({Dutch})";
}
