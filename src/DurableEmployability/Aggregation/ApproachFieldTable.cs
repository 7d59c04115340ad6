namespace DurableEmployability.Aggregation;

/// <summary>One advisory approach field: selections per option and the combinations that occur (Bijlage 3, Tabel 1).</summary>
/// <param name="Unanswered">The number of participants whose selection is empty or absent.</param>
/// <param name="Options">One row per option in catalogue order: the number of participants who chose it, zeros included.</param>
/// <param name="Combinations">
/// Every non-empty combination that occurs, by count descending, then by comparing the option lists position by
/// position in catalogue order (a shorter list first when it is a prefix of the other).
/// </param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record ApproachFieldTable(long Unanswered, ValueArray<KeyCount> Options, ValueArray<ApproachCombination> Combinations);
