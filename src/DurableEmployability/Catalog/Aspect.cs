using System.Collections.Generic;
using System.Collections.Immutable;

namespace DurableEmployability.Catalog;

/// <summary>An aspect of sustainable employability (e.g. <c>organisation</c>) with its indicators, for one segment.</summary>
/// <remarks>
/// Aspects are catalogue singletons: equality is reference equality, and two segments have distinct instances even
/// where their codes agree (<c>vitality-health</c>). Instances are immutable and thread-safe.
/// </remarks>
public sealed class Aspect : ICatalogEntry
{
    private ImmutableArray<Indicator> indicators;

    internal Aspect(Segment segment, int order, string code, string dutch, string english)
    {
        Segment = segment;
        Order = order;
        Code = code;
        Label = new BilingualText(dutch, english);
    }

    /// <summary>Gets the segment whose catalogue holds this aspect.</summary>
    public Segment Segment { get; }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public BilingualText Label { get; }

    /// <inheritdoc/>
    public int Order { get; }

    /// <summary>Gets the indicators of this aspect in catalogue order.</summary>
    public ImmutableArray<Indicator> Indicators => indicators;

    internal void SetIndicators(IEnumerable<Indicator> items) => indicators = [.. items];

    /// <summary>Returns the code and segment, for diagnostics.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString() => $"{Code} ({SegmentCatalog.For(Segment).Code})";
}
