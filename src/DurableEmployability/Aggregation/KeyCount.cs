namespace DurableEmployability.Aggregation;

/// <summary>A row with a key and a count only (approach options, profile rows).</summary>
/// <param name="Key">The catalogue code or free code (sectors) of the row.</param>
/// <param name="Count">The count.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record KeyCount(string Key, long Count);
