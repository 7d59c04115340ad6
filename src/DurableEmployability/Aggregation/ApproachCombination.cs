namespace DurableEmployability.Aggregation;

/// <summary>A combination of approach options chosen together, with the number of participants who chose exactly it.</summary>
/// <param name="Keys">The option codes in catalogue order (never empty).</param>
/// <param name="Count">The number of participants.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record ApproachCombination(ValueArray<string> Keys, long Count);
