namespace DurableEmployability.Aggregation;

/// <summary>The participant profile from registration (ch. 5): size classes, staff bands and sectors.</summary>
/// <param name="N">The number of complete participants.</param>
/// <param name="SizeClasses">Participants per size class of the report's <see cref="Catalog.SizeClassScheme"/>.</param>
/// <param name="PermanentContracts">Bands of the share of permanent contracts; <see langword="null"/> for the self-employed.</param>
/// <param name="Men">Bands of the share of men; <see langword="null"/> for the self-employed.</param>
/// <param name="AgeGroups">Bands per age group; empty for the self-employed.</param>
/// <param name="EducationLevels">Bands per education level; empty for the self-employed.</param>
/// <param name="Sectors">Participants per sector code, by count descending then code (ordinal).</param>
/// <remarks>
/// The staff bands describe staff, so a self-employed report has <see cref="SizeClasses"/> and <see cref="Sectors"/>
/// only (<see cref="HasStaffBands"/> is <see langword="false"/>). Value equality. Immutable and thread-safe.
/// </remarks>
public sealed record ProfileTable(
    long N,
    ProfileDistribution SizeClasses,
    ProfileDistribution? PermanentContracts,
    ProfileDistribution? Men,
    ValueArray<ProfileGroupDistribution> AgeGroups,
    ValueArray<ProfileGroupDistribution> EducationLevels,
    ProfileDistribution Sectors)
{
    /// <summary>Gets a value indicating whether the staff band tables are present (company reports).</summary>
    public bool HasStaffBands => PermanentContracts is not null;
}
