using NodaTime;

namespace DurableEmployability.Trajectories;

/// <summary>Monitor 2, midway: the date and an optional note.</summary>
/// <param name="Date">The calendar date of the monitor.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record Monitor2(LocalDate Date)
{
    /// <summary>Gets the adviser's note, or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the monitor's <c>extensions</c> object, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; init; }
}
