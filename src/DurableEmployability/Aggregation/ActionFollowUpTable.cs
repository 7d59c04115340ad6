namespace DurableEmployability.Aggregation;

/// <summary>The follow-up of all actions, per aspect and indicator; every action counts once, tagged by its indicator.</summary>
/// <param name="Aspects">One entry per aspect of the segment, in catalogue order.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record ActionFollowUpTable(ValueArray<AspectFollowUp> Aspects);
