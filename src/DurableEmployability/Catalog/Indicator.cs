namespace DurableEmployability.Catalog;

/// <summary>An indicator of sustainable employability (e.g. <c>support-awareness</c>), belonging to one aspect of one segment.</summary>
/// <remarks>
/// Indicator codes are unique within a segment. Instances are catalogue singletons: equality is reference
/// equality. Immutable and thread-safe.
/// </remarks>
public sealed class Indicator : ICatalogEntry
{
    internal Indicator(Aspect aspect, int order, int indexInAspect, string code, string dutch, string english, string tableDutch)
    {
        Aspect = aspect;
        Order = order;
        IndexInAspect = indexInAspect;
        Code = code;
        Label = new BilingualText(dutch, english);
        TableLabel = new BilingualText(tableDutch, english);
    }

    /// <summary>Gets the aspect the indicator belongs to.</summary>
    public Aspect Aspect { get; }

    /// <summary>Gets the segment whose catalogue holds this indicator.</summary>
    public Segment Segment => Aspect.Segment;

    /// <inheritdoc/>
    public string Code { get; }

    /// <summary>Gets the label as listed in the partner profiles (Dutch) and in English.</summary>
    public BilingualText Label { get; }

    /// <summary>Gets the label as printed in the action tables (Tables 17–21, with "&amp;" for "en").</summary>
    public BilingualText TableLabel { get; }

    /// <summary>Gets the zero-based position among all indicators of the segment (catalogue order).</summary>
    public int Order { get; }

    /// <summary>Gets the zero-based position within its aspect.</summary>
    public int IndexInAspect { get; }

    /// <summary>Returns the code and segment, for diagnostics.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString() => $"{Code} ({SegmentCatalog.For(Segment).Code})";
}
