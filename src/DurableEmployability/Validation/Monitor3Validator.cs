using System;
using DurableEmployability.Catalog;
using DurableEmployability.Scales;
using DurableEmployability.Trajectories;
using FluentValidation;

namespace DurableEmployability.Validation;

/// <summary>
/// Validates a <see cref="Monitor3"/> for a segment: aspects, indicators and statements of the segment, defined
/// follow-up, form and satisfaction; warnings where an action's aspect is not among the aspects worked on, and where
/// continuation values are not counted.
/// </summary>
/// <remarks>Build once and reuse (<see cref="For"/>): instances are thread-safe.</remarks>
public sealed class Monitor3Validator : AbstractValidator<Monitor3>
{
    private static readonly Monitor3Validator CompanyValidator = new(Segment.Company);
    private static readonly Monitor3Validator SelfEmployedValidator = new(Segment.SelfEmployed);

    /// <summary>Initializes a new instance of the <see cref="Monitor3Validator"/> class.</summary>
    /// <param name="segment">The participant's segment.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is not a defined value.</exception>
    public Monitor3Validator(Segment segment)
    {
        SegmentCatalog catalog = SegmentCatalog.For(segment);
        Segment = segment;
        RuleFor(x => x.Aspects).Must(a => a.IsEmpty || a.Segment == segment)
            .Problem(ProblemCodes.CodeOtherSegment, "aspects").Arguments(catalog.Aspects.Kind.English, catalog.Code, catalog.Aspects.CodeList);
        RuleForEach(x => x.Actions).SetValidator(ImprovementActionValidator.For(segment)).OverridePropertyName("actions");
        RuleForEach(x => x.Actions).Must((m, a) => a?.Indicator is null || a.Indicator.Segment != segment || m.Aspects.Contains(a.Indicator.Aspect))
            .WithState((_, a) => new[] { a?.Indicator?.Aspect.Code ?? string.Empty })
            .WithErrorCode(ProblemCodes.ActionAspectNotWorkedOn).WithMessage(ProblemCodes.ActionAspectNotWorkedOn).OverridePropertyName("actions").WithSeverity(Severity.Warning);
        RuleFor(x => x.Opportunities).NotNull().Problem(ProblemCodes.Required, "opportunities");
        RuleFor(x => x.Opportunities).Must(r => r.IsEmpty || (r.Segment == segment && r.Scale == StatementScale.Opportunity)).When(x => x.Opportunities is not null)
            .Problem(ProblemCodes.CodeOtherSegment, "opportunities").Arguments(catalog.Opportunities.Kind.English, catalog.Code, catalog.Opportunities.CodeList);
        RuleFor(x => x.Obstacles).NotNull().Problem(ProblemCodes.Required, "obstacles");
        RuleFor(x => x.Obstacles).Must(r => r.IsEmpty || (r.Segment == segment && r.Scale == StatementScale.Obstacle)).When(x => x.Obstacles is not null)
            .Problem(ProblemCodes.CodeOtherSegment, "obstacles").Arguments(catalog.Obstacles.Kind.English, catalog.Code, catalog.Obstacles.CodeList);
        RuleFor(x => x.Continuation!).SetValidator(ContinuationValidator.Default).OverridePropertyName("continuation");
        RuleFor(x => x.Satisfaction).Must(s => s is null or >= SatisfactionCategory.A and <= SatisfactionCategory.D)
            .Problem(ProblemCodes.UnknownCode, "satisfaction").Arguments(DiCatalog.SatisfactionCategories.Kind.English, DiCatalog.SatisfactionCategories.CodeList);
    }

    /// <summary>Gets the segment the monitor is validated for.</summary>
    public Segment Segment { get; }

    /// <summary>Returns the shared validator of a segment.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is not a defined value.</exception>
    public static Monitor3Validator For(Segment segment) => segment switch
    {
        Segment.Company => CompanyValidator,
        Segment.SelfEmployed => SelfEmployedValidator,
        _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, "Expected Segment.Company or Segment.SelfEmployed."),
    };
}
