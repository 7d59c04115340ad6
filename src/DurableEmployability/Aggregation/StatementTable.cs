namespace DurableEmployability.Aggregation;

/// <summary>The items of one statement scale (<c>opportunities</c> or <c>obstacles</c>).</summary>
/// <param name="Items">One item per statement of the segment's scale, in catalogue order.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record StatementTable(ValueArray<StatementItem> Items);
