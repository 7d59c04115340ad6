using System;

namespace DurableEmployability.Catalog;

/// <summary>A catalogue entry for one value of a small fixed set (follow-up, satisfaction category, share band, …).</summary>
/// <typeparam name="TValue">The enumeration the entry describes.</typeparam>
/// <remarks>Instances are catalogue singletons: equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class CatalogChoice<TValue> : ICatalogEntry
    where TValue : struct, Enum
{
    internal CatalogChoice(TValue value, int order, string code, BilingualText label, BilingualText? description = null)
    {
        Value = value;
        Order = order;
        Code = code;
        Label = label;
        Description = description ?? label;
    }

    /// <summary>Gets the value the entry describes.</summary>
    public TValue Value { get; }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public BilingualText Label { get; }

    /// <summary>Gets a longer description (the label itself where the report gives none).</summary>
    public BilingualText Description { get; }

    /// <inheritdoc/>
    public int Order { get; }

    /// <summary>Returns the code, for diagnostics.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
