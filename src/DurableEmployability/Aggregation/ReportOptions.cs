using System;
using DurableEmployability.Catalog;

namespace DurableEmployability.Aggregation;

/// <summary>What a <see cref="ReportAccumulator"/> aggregates: the segment, the size class scheme and the optional group label.</summary>
/// <param name="Segment">The segment whose participants enter the report; participants of the other segment are ignored.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
/// <example>
/// <code>
/// var options = new ReportOptions(Segment.Company) { Group = new ReportGroup("partner", "SVH") };
/// </code>
/// </example>
public sealed record ReportOptions(Segment Segment)
{
    private readonly Segment segment = Check(Segment);
    private readonly SizeClassScheme sizeClasses = SizeClassScheme.Default;

    /// <summary>Gets the segment.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined segment.</exception>
    public Segment Segment
    {
        get => segment;
        init => segment = Check(value);
    }

    /// <summary>Gets the size classes of the profile table (default <see cref="SizeClassScheme.Default"/>).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public SizeClassScheme SizeClasses
    {
        get => sizeClasses;
        init => sizeClasses = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the group label written into the report (<c>group</c> in JSON); <see langword="null"/> for an overall report.</summary>
    public ReportGroup? Group { get; init; }

    private static Segment Check(Segment value) => value is Segment.Company or Segment.SelfEmployed
        ? value
        : throw new ArgumentOutOfRangeException(nameof(value), value, "Expected Company or SelfEmployed.");
}
