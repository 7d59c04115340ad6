namespace DurableEmployability.Catalog;

/// <summary>A statement of the opportunity or obstacle scale (e.g. <c>awareness</c>), for one segment.</summary>
/// <remarks>
/// Each segment has its own instances, whose wording may differ (the self-employed are addressed as "U").
/// Instances are catalogue singletons: equality is reference equality. Immutable and thread-safe.
/// </remarks>
public sealed class Statement : ICatalogEntry
{
    internal Statement(Segment segment, StatementScale scale, int order, string code, BilingualText shortLabel, BilingualText label)
    {
        Segment = segment;
        Scale = scale;
        Order = order;
        Code = code;
        ShortLabel = shortLabel;
        Label = label;
    }

    /// <summary>Gets the segment whose catalogue holds this statement.</summary>
    public Segment Segment { get; }

    /// <summary>Gets the scale the statement belongs to.</summary>
    public StatementScale Scale { get; }

    /// <inheritdoc/>
    public string Code { get; }

    /// <summary>Gets the full wording after the scale's stem, as printed in the report's tables.</summary>
    public BilingualText Label { get; }

    /// <summary>Gets a short label for charts (Bijlage 3's short labels where the report has them).</summary>
    public BilingualText ShortLabel { get; }

    /// <summary>Gets the zero-based position within the scale of the segment (catalogue order).</summary>
    public int Order { get; }

    /// <summary>Returns the code, scale and segment, for diagnostics.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString() => $"{Code} ({Scale}, {SegmentCatalog.For(Segment).Code})";
}
