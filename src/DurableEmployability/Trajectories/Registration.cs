using DurableEmployability.Catalog;

namespace DurableEmployability.Trajectories;

/// <summary>The registration of a participant: its profile (chapter 5 of the report). Every field is optional.</summary>
/// <remarks>
/// The staff bands (<see cref="PermanentContracts"/>, <see cref="Men"/>, <see cref="AgeGroups"/>,
/// <see cref="EducationLevels"/>) describe staff and belong to companies only; a self-employed registration holds
/// at most a headcount of 1 and a sector. Value equality. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var registration = new Registration
/// {
///     Headcount = 12, Sector = "hospitality", PermanentContracts = ShareBand.From50To75,
///     AgeGroups = BandMap&lt;AgeGroup&gt;.Empty.With(AgeGroup.UpTo25, ShareBand.Below25),
/// };
/// </code>
/// </example>
public sealed record Registration
{
    /// <summary>Gets the number of employees (at least 1), or <see langword="null"/> when not given.</summary>
    public int? Headcount { get; init; }

    /// <summary>Gets the sector code (free text, e.g. <c>industry</c>), or <see langword="null"/>.</summary>
    public string? Sector { get; init; }

    /// <summary>Gets the sub-sector code (free text, e.g. <c>metal</c>), or <see langword="null"/>.</summary>
    public string? SubSector { get; init; }

    /// <summary>Gets the band of the share of staff with a permanent contract (Table 2), or <see langword="null"/>.</summary>
    public ShareBand? PermanentContracts { get; init; }

    /// <summary>Gets the band of the share of men among staff (Table 3), or <see langword="null"/>.</summary>
    public ShareBand? Men { get; init; }

    /// <summary>Gets the band of the share of staff per age group (Table 4).</summary>
    public BandMap<AgeGroup> AgeGroups { get; init; }

    /// <summary>Gets the band of the share of staff per education level (Table 5).</summary>
    public BandMap<EducationLevel> EducationLevels { get; init; }

    /// <summary>Gets the registration's <c>extensions</c> object, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; init; }
}
