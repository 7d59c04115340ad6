using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;
using FluentValidation;

namespace DurableEmployability.Validation;

/// <summary>Validates a <see cref="Continuation"/>: a defined form; a warning where a participant that does not continue gives a form or support wish.</summary>
/// <remarks>Build once and reuse: instances are thread-safe.</remarks>
public sealed class ContinuationValidator : AbstractValidator<Continuation>
{
    /// <summary>Initializes a new instance of the <see cref="ContinuationValidator"/> class.</summary>
    public ContinuationValidator()
    {
        RuleFor(x => x.Form).Must(f => f is null or ContinuationForm.Continue or ContinuationForm.NewActivities)
            .Problem(ProblemCodes.UnknownCode, "form").Arguments(DiCatalog.ContinuationForms.Kind.English, DiCatalog.ContinuationForms.CodeList);
        RuleFor(x => x.Form).Null().When(x => x.Continues == false).Problem(ProblemCodes.ContinuationIgnored, "form").AsWarning();
        RuleFor(x => x.SupportWanted).Null().When(x => x.Continues == false).Problem(ProblemCodes.ContinuationIgnored, "supportWanted").AsWarning();
    }

    /// <summary>Gets a shared instance.</summary>
    public static ContinuationValidator Default { get; } = new();
}
