using System;
using System.Text.Json;

namespace DurableEmployability.Serialization;

/// <summary>
/// Decodes JSON strings and property names without throwing for text that is valid JSON syntax but not valid Unicode
/// (an escaped lone surrogate such as <c>"\uD800"</c>, which <see cref="Utf8JsonReader"/> accepts as a token but cannot
/// decode). On a string or property name token, System.Text.Json throws <see cref="InvalidOperationException"/> only
/// for such text, so these helpers turn that case into a result.
/// </summary>
internal static class JsonText
{
    /// <summary>Decodes the current string or property name; <see langword="false"/> when its escapes are not valid UTF-16.</summary>
    internal static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        if (!reader.ValueIsEscaped)
        {
            value = reader.GetString() ?? string.Empty;
            return true;
        }

        try
        {
            value = reader.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = string.Empty;
            return false;
        }
    }

    /// <summary>Whether the current string or property name decodes (always, unless it has escapes that are not valid UTF-16).</summary>
    internal static bool IsDecodable(ref Utf8JsonReader reader) => !reader.ValueIsEscaped || TryGetString(ref reader, out _);

    /// <summary>Compares the current string or property name with <paramref name="utf8"/>; text that cannot be decoded equals nothing.</summary>
    internal static bool ValueEquals(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueTextEquals(utf8);
        }

        try
        {
            return reader.ValueTextEquals(utf8);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Unescapes the current string into <paramref name="destination"/>; -1 when its escapes are not valid UTF-16.</summary>
    internal static int TryCopyString(ref Utf8JsonReader reader, Span<byte> destination)
    {
        try
        {
            return reader.CopyString(destination);
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    /// <summary>
    /// Returns the message of a System.Text.Json syntax error without its 0-based position suffix
    /// (<c>LineNumber: 2 | BytePositionInLine: 15.</c>): the problem carries the 1-based line and column instead.
    /// </summary>
    internal static string SyntaxDetail(JsonException exception)
    {
        string message = exception.Message;
        int at = message.LastIndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
