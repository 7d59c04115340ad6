namespace DurableEmployability.Analysis;

/// <summary>The reliability statistics of one item of a scale.</summary>
/// <param name="Index">The item's position in the input (0-based).</param>
/// <param name="AlphaIfDeleted">Cronbach's α of the scale without this item; <see langword="null"/> when undefined (fewer than three items, or zero variance).</param>
/// <param name="ItemRestCorrelation">The corrected item-total correlation: the correlation of the item with the sum of the other items; <see langword="null"/> when a variance is zero.</param>
/// <remarks>Immutable; value equality.</remarks>
public sealed record ItemReliability(int Index, double? AlphaIfDeleted, double? ItemRestCorrelation);
