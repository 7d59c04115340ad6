namespace DurableEmployability.Serialization;

/// <summary>Options of the dataset writer (<see cref="DatasetWriter"/>).</summary>
/// <remarks>
/// Only the layout depends on these options, never the content: any layout reads back to equal values. Value
/// equality. Immutable and thread-safe.
/// </remarks>
public sealed record DatasetWriterOptions
{
    /// <summary>Gets the default options: indented with two spaces, <c>\n</c> line ends.</summary>
    public static DatasetWriterOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether the JSON is indented (two spaces, <c>\n</c> line ends); otherwise it is compact.</summary>
    public bool Indented { get; init; } = true;
}
