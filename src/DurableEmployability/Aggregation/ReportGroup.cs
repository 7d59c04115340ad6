using System;

namespace DurableEmployability.Aggregation;

/// <summary>The group a breakdown report describes: what it is grouped by (e.g. <c>partner</c>) and the group's key (e.g. <c>SVH</c>).</summary>
/// <param name="By">What the breakdown groups by, e.g. <c>partner</c>.</param>
/// <param name="Key">The key of this group, e.g. a partner code.</param>
/// <remarks>Value equality; keys compare ordinally. Immutable and thread-safe.</remarks>
public sealed record ReportGroup(string By, string Key)
{
    /// <summary>The <see cref="By"/> value of partner breakdowns.</summary>
    public const string ByPartner = "partner";

    private readonly string by = By ?? throw new ArgumentNullException(nameof(By));
    private readonly string key = Key ?? throw new ArgumentNullException(nameof(Key));

    /// <summary>Gets what the breakdown groups by.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string By
    {
        get => by;
        init => by = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the key of this group.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Key
    {
        get => key;
        init => key = value ?? throw new ArgumentNullException(nameof(value));
    }
}
