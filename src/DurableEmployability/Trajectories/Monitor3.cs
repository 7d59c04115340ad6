using DurableEmployability.Scales;
using DurableEmployability.Typology;
using NodaTime;

namespace DurableEmployability.Trajectories;

/// <summary>
/// Monitor 3, the end of the trajectory: the typology at the end, the aspects worked on, the actions with their
/// follow-up, both statement scales, continuation, satisfaction, grade and an optional motto.
/// </summary>
/// <param name="Date">The calendar date of the monitor.</param>
/// <param name="Typology">The typology step set by the adviser at the end.</param>
/// <remarks>Value equality (collections compare by content). Immutable and thread-safe.</remarks>
public sealed record Monitor3(LocalDate Date, TypologyStep Typology)
{
    /// <summary>Gets the aspects worked on in execution (empty when none or unanswered).</summary>
    public AspectSet Aspects { get; init; }

    /// <summary>Gets the actions carried out, in the order given.</summary>
    public ValueArray<ImprovementAction> Actions { get; init; }

    /// <summary>Gets the ratings of the opportunity statements (<see cref="StatementRatings.Empty"/> when none).</summary>
    public StatementRatings Opportunities { get; init; } = StatementRatings.Empty;

    /// <summary>Gets the ratings of the obstacle statements (<see cref="StatementRatings.Empty"/> when none).</summary>
    public StatementRatings Obstacles { get; init; } = StatementRatings.Empty;

    /// <summary>Gets whether and how the participant continues, or <see langword="null"/> when unanswered.</summary>
    public Continuation? Continuation { get; init; }

    /// <summary>Gets the quality category of the advisory trajectory, or <see langword="null"/> when unanswered.</summary>
    public SatisfactionCategory? Satisfaction { get; init; }

    /// <summary>Gets the grade for the quality of support, or <see langword="null"/> when unanswered.</summary>
    public Grade? Grade { get; init; }

    /// <summary>Gets the participant's motto, or <see langword="null"/>.</summary>
    public string? Motto { get; init; }

    /// <summary>Gets the monitor's <c>extensions</c> object, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; init; }
}
