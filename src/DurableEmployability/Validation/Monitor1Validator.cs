using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;
using FluentValidation;

namespace DurableEmployability.Validation;

/// <summary>Validates a <see cref="Monitor1"/>: each approach selection belongs to its own field.</summary>
/// <remarks>
/// The typology and date are always valid values of their types; the order of monitor dates is a rule of the
/// participant (<see cref="ParticipantValidator"/>). Build once and reuse: instances are thread-safe.
/// </remarks>
public sealed class Monitor1Validator : AbstractValidator<Monitor1>
{
    /// <summary>Initializes a new instance of the <see cref="Monitor1Validator"/> class.</summary>
    public Monitor1Validator()
    {
        RuleFor(x => x.Diagnosis).Must(s => s.IsEmpty || s.Field == ApproachField.Diagnosis).Problem(ProblemCodes.Mismatch, "diagnosis").Arguments("diagnosis options");
        RuleFor(x => x.Presentation).Must(s => s.IsEmpty || s.Field == ApproachField.Presentation).Problem(ProblemCodes.Mismatch, "presentation").Arguments("presentation options");
        RuleFor(x => x.Execution).Must(s => s.IsEmpty || s.Field == ApproachField.Execution).Problem(ProblemCodes.Mismatch, "execution").Arguments("execution options");
    }

    /// <summary>Gets a shared instance.</summary>
    public static Monitor1Validator Default { get; } = new();
}
