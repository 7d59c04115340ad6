using System.Collections.Immutable;
using DurableEmployability.Trajectories;
using FluentValidation;

namespace DurableEmployability.Validation;

/// <summary>Validates a <see cref="Partner"/>: a non-empty code, a name, and targets of at least 0.</summary>
/// <remarks>
/// Uniqueness of partner codes is a rule of the dataset (<see cref="DatasetValidator"/>). Paths are those of the
/// dataset format (<c>code</c>, <c>targets.original</c>). Build once and reuse: instances are thread-safe.
/// </remarks>
/// <example>
/// <code>
/// ValueArray&lt;Problem&gt; problems = PartnerValidator.Check(new Partner("", "No code"));
/// // problems[0].Code == ProblemCodes.PartnerCodeEmpty, problems[0].Path == "code"
/// </code>
/// </example>
public sealed class PartnerValidator : AbstractValidator<Partner>
{
    /// <summary>Initializes a new instance of the <see cref="PartnerValidator"/> class.</summary>
    public PartnerValidator()
    {
        RuleFor(x => x.Code).NotNull().Problem(ProblemCodes.Required, "code");
        RuleFor(x => x.Code).NotEmpty().When(x => x.Code is not null).Problem(ProblemCodes.PartnerCodeEmpty, "code");
        RuleFor(x => x.Name).NotNull().Problem(ProblemCodes.Required, "name");
        RuleFor(x => x.Targets!.Original).Must(v => v is null or >= 0).When(x => x.Targets is not null).Problem(ProblemCodes.TargetRange, "targets.original");
        RuleFor(x => x.Targets!.Redistributed).Must(v => v is null or >= 0).When(x => x.Targets is not null).Problem(ProblemCodes.TargetRange, "targets.redistributed");
    }

    /// <summary>Gets a shared instance.</summary>
    public static PartnerValidator Default { get; } = new();

    /// <summary>Validates a partner and returns its problems (empty when valid).</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="path">The path of the partner in its document (e.g. <c>partners[2]</c>), or empty for paths relative to the partner.</param>
    /// <returns>The problems, errors and warnings.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="partner"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    public static ValueArray<Problem> Check(Partner partner, string path = "")
    {
        System.ArgumentNullException.ThrowIfNull(partner);
        System.ArgumentNullException.ThrowIfNull(path);
        var builder = ImmutableArray.CreateBuilder<Problem>();
        ValidationRules.AddProblems(Default.Validate(partner), path, builder.Add);
        return builder.ToImmutable();
    }
}
