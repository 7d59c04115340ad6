using DurableEmployability.Catalog;
using DurableEmployability.Typology;
using NodaTime;

namespace DurableEmployability.Trajectories;

/// <summary>Monitor 1, the start of the trajectory: the date, the typology at the start and the advisory approach.</summary>
/// <param name="Date">The calendar date of the monitor.</param>
/// <param name="Typology">The typology step set by the adviser at the start.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record Monitor1(LocalDate Date, TypologyStep Typology)
{
    /// <summary>Gets how improvement points were determined (empty when unanswered).</summary>
    public ApproachSelection Diagnosis { get; init; } = ApproachSelection.None(ApproachField.Diagnosis);

    /// <summary>Gets how the advice was presented (empty when unanswered).</summary>
    public ApproachSelection Presentation { get; init; } = ApproachSelection.None(ApproachField.Presentation);

    /// <summary>Gets the forms of execution (empty when unanswered).</summary>
    public ApproachSelection Execution { get; init; } = ApproachSelection.None(ApproachField.Execution);

    /// <summary>Gets the monitor's <c>extensions</c> object, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; init; }
}
