using System;

namespace DurableEmployability.Trajectories;

/// <summary>The content of an <c>extensions</c> object of the dataset format, kept verbatim as JSON text.</summary>
/// <remarks>
/// The library never interprets extensions; it reads them as written and writes them back unchanged. Equality is
/// ordinal equality of the JSON text. Immutable and thread-safe.
/// </remarks>
public sealed class ExtensionData : IEquatable<ExtensionData>
{
    private ExtensionData(string json) => Json = json;

    /// <summary>Gets the JSON text of the object, as it was read or given (always a JSON object).</summary>
    public string Json { get; }

    /// <summary>Creates extension data from the JSON text of an object.</summary>
    /// <param name="json">The JSON text of an object, e.g. <c>{"source":"crm"}</c>; whitespace around the object is removed.</param>
    /// <returns>The extension data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not a single well-formed JSON object, or repeats a property name within one object (the dataset format is strict JSON there too).</exception>
    public static ExtensionData FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json = json.Trim(' ', '\t', '\r', '\n');
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json, new System.Text.Json.JsonDocumentOptions { AllowDuplicateProperties = false });
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                throw new ArgumentException("Extensions must be a JSON object.", nameof(json));
            }
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ArgumentException("Extensions must be a well-formed JSON object: " + e.Message, nameof(json), e);
        }

        return new ExtensionData(json);
    }

    internal static ExtensionData FromTrustedJson(string json) => new(json);

    /// <inheritdoc/>
    public bool Equals(ExtensionData? other) => other is not null && string.Equals(Json, other.Json, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExtensionData);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Json);

    /// <summary>Returns the JSON text.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => Json;
}
