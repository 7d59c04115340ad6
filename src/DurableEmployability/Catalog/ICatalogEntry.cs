namespace DurableEmployability.Catalog;

/// <summary>An entry of a catalogue: a stable code, a bilingual label and a place in catalogue order.</summary>
public interface ICatalogEntry
{
    /// <summary>Gets the stable code of the entry, as used in the dataset and report formats (kebab-case).</summary>
    string Code { get; }

    /// <summary>Gets the label of the entry in Dutch (as printed in the report) and in English.</summary>
    BilingualText Label { get; }

    /// <summary>Gets the zero-based position of the entry in its catalogue list.</summary>
    int Order { get; }
}
