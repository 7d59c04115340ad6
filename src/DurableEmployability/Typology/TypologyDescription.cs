using DurableEmployability.Catalog;

namespace DurableEmployability.Typology;

/// <summary>The catalogue entry of a typology step for one segment: its code, label and description.</summary>
/// <remarks>
/// Companies are described as in Bijlage 1 of the report, the self-employed as in chapter 10.1; the half steps
/// (<c>AB</c>, <c>BC</c>, <c>CD</c>) lie between two described types. Catalogue singletons: equality is reference
/// equality. Immutable and thread-safe.
/// </remarks>
public sealed class TypologyDescription : ICatalogEntry
{
    internal TypologyDescription(Segment segment, TypologyStep step, BilingualText label, BilingualText description)
    {
        Segment = segment;
        Step = step;
        Label = label;
        Description = description;
    }

    /// <summary>Gets the segment the description is for.</summary>
    public Segment Segment { get; }

    /// <summary>Gets the step described.</summary>
    public TypologyStep Step { get; }

    /// <inheritdoc/>
    public string Code => Step.Code;

    /// <inheritdoc/>
    public BilingualText Label { get; }

    /// <summary>Gets the description of the step for the segment.</summary>
    public BilingualText Description { get; }

    /// <inheritdoc/>
    public int Order => Step.Index;

    /// <summary>Returns the code, for diagnostics.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
