namespace DurableEmployability.Aggregation;

/// <summary>One cell of the typology transition matrix: the number of participants who moved from one step to another.</summary>
/// <param name="From">The typology code at the start (monitor 1).</param>
/// <param name="To">The typology code at the end (monitor 3).</param>
/// <param name="Count">The number of participants.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record TransitionCell(string From, string To, long Count);
