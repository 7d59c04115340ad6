namespace DurableEmployability.Aggregation;

/// <summary>The follow-up of the actions of one aspect (one of Tables 17–21): a total and one row per indicator.</summary>
/// <param name="Key">The aspect code.</param>
/// <param name="Total">The counts over all the aspect's indicators.</param>
/// <param name="Rows">One row per indicator of the aspect, in catalogue order, zeros included.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record AspectFollowUp(string Key, FollowUpCounts Total, ValueArray<FollowUpRow> Rows);
