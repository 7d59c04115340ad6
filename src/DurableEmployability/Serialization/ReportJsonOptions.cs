namespace DurableEmployability.Serialization;

/// <summary>Options of the report JSON writer.</summary>
/// <remarks>
/// The content of the JSON does not depend on these options, only its layout. Later versions add options for the
/// optional <c>analysis</c> section and per-row <c>ci</c> objects here. Value equality. Immutable and thread-safe.
/// </remarks>
public sealed record ReportJsonOptions
{
    /// <summary>Gets the default options: indented with two spaces, <c>\n</c> line ends.</summary>
    public static ReportJsonOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether the JSON is indented (two spaces, <c>\n</c> line ends); otherwise it is compact.</summary>
    public bool Indented { get; init; } = true;
}
