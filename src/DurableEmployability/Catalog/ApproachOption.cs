namespace DurableEmployability.Catalog;

/// <summary>An option of one advisory approach field (e.g. <c>inventory</c> for <see cref="ApproachField.Diagnosis"/>).</summary>
/// <remarks>Instances are catalogue singletons: equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class ApproachOption : ICatalogEntry
{
    internal ApproachOption(ApproachField field, int order, string code, string dutch, string english)
    {
        Field = field;
        Order = order;
        Code = code;
        Label = new BilingualText(dutch, english);
    }

    /// <summary>Gets the field the option belongs to.</summary>
    public ApproachField Field { get; }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public BilingualText Label { get; }

    /// <inheritdoc/>
    public int Order { get; }

    /// <summary>Returns the field and code, for diagnostics.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString() => $"{Field}:{Code}";
}
