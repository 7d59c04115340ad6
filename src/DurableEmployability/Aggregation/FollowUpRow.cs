namespace DurableEmployability.Aggregation;

/// <summary>The follow-up counts of the actions tagged with one indicator.</summary>
/// <param name="Key">The indicator code.</param>
/// <param name="Counts">The counts; their <see cref="FollowUpCounts.N"/> is the row's base.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record FollowUpRow(string Key, FollowUpCounts Counts);
