namespace DurableEmployability.Catalog;

/// <summary>The kind of participant: a company with staff or a self-employed entrepreneur.</summary>
/// <remarks>
/// The two segments have their own catalogues and are never pooled in one table. Codes: <c>company</c>,
/// <c>self-employed</c> (see <see cref="SegmentCatalog"/>). The default value (0) is not a segment.
/// </remarks>
public enum Segment
{
    /// <summary>A business with employees (<c>company</c>); the full instrument.</summary>
    Company = 1,

    /// <summary>A self-employed entrepreneur (<c>self-employed</c>, ZZP-er); a reduced instrument.</summary>
    SelfEmployed = 2,
}
