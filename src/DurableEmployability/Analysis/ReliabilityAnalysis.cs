namespace DurableEmployability.Analysis;

/// <summary>Cronbach's α of a scale with per-item statistics.</summary>
/// <param name="Alpha">Cronbach's α (raw, from covariances); <see langword="null"/> when undefined (fewer than two items or two respondents, or zero total variance). At most 1 for listwise data; may be negative.</param>
/// <param name="N">The number of respondents: listwise, those who scored every item; pairwise, the smallest pair count.</param>
/// <param name="Missing">How missing scores were handled.</param>
/// <param name="Items">The per-item statistics, in input order.</param>
/// <remarks>Immutable; value equality (also of <paramref name="Items"/>).</remarks>
public sealed record ReliabilityAnalysis(double? Alpha, long N, ReliabilityMissing Missing, ValueArray<ItemReliability> Items)
{
    /// <summary>Gets the report code of the missing-data method: <c>listwise</c> or <c>pairwise</c>.</summary>
    public string MissingCode => Missing == ReliabilityMissing.Pairwise ? "pairwise" : "listwise";
}
