namespace DurableEmployability.Aggregation;

/// <summary>A profile table: counts per band, size class or sector, and the number of participants who gave no answer.</summary>
/// <param name="Unanswered">The number of complete participants without an answer.</param>
/// <param name="Rows">The rows: bands in band order, size classes in class order, or sectors by count descending then code (ordinal).</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record ProfileDistribution(long Unanswered, ValueArray<KeyCount> Rows);
