using System.Diagnostics.CodeAnalysis;
using DurableEmployability.Catalog;
using DurableEmployability.Typology;

namespace DurableEmployability.Trajectories;

/// <summary>
/// A participant's trajectory: a company or self-employed entrepreneur of one partner, with its registration and
/// the three monitors.
/// </summary>
/// <param name="Id">The participant's identifier, unique in a dataset (ordinal), 1–200 characters.</param>
/// <param name="Partner">The code of the participant's partner.</param>
/// <param name="Segment">The participant's segment.</param>
/// <remarks>
/// A participant is complete (<see cref="IsComplete"/>) when the registration and all three monitors are present;
/// report tables count complete participants only. Value equality. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var participant = new Participant("SVH-0001", "SVH", Segment.Company)
/// {
///     Registration = new Registration { Headcount = 12 },
///     Monitor1 = new Monitor1(new LocalDate(2015, 6, 15), TypologyStep.AB),
///     Monitor2 = new Monitor2(new LocalDate(2015, 11, 2)),
///     Monitor3 = new Monitor3(new LocalDate(2016, 5, 20), TypologyStep.BC) { Grade = Grade.FromValue(8) },
/// };
/// Console.WriteLine(participant.IsComplete); // True
/// </code>
/// </example>
public sealed record Participant(string Id, string Partner, Segment Segment)
{
    /// <summary>Gets the registration (profile), or <see langword="null"/> when absent.</summary>
    public Registration? Registration { get; init; }

    /// <summary>Gets monitor 1 (start), or <see langword="null"/> when absent.</summary>
    public Monitor1? Monitor1 { get; init; }

    /// <summary>Gets monitor 2 (midway), or <see langword="null"/> when absent.</summary>
    public Monitor2? Monitor2 { get; init; }

    /// <summary>Gets monitor 3 (end), or <see langword="null"/> when absent.</summary>
    public Monitor3? Monitor3 { get; init; }

    /// <summary>Gets the participant's <c>extensions</c> object, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; init; }

    /// <summary>Gets a value indicating whether the registration and all three monitors are present.</summary>
    [MemberNotNullWhen(true, nameof(Registration), nameof(Monitor1), nameof(Monitor2), nameof(Monitor3))]
    public bool IsComplete => Registration is not null && Monitor1 is not null && Monitor2 is not null && Monitor3 is not null;

    /// <summary>Gets the typology growth from monitor 1 to monitor 3, or <see langword="null"/> when either is absent.</summary>
    public TypologyGrowth? Growth => Monitor1 is { } m1 && Monitor3 is { } m3 ? m1.Typology.GrowthTo(m3.Typology) : null;
}
