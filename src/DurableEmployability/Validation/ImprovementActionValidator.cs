using System;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;
using FluentValidation;

namespace DurableEmployability.Validation;

/// <summary>Validates an <see cref="ImprovementAction"/> for a segment: an indicator of the segment and a defined follow-up.</summary>
/// <remarks>Build once and reuse (<see cref="For"/>): instances are thread-safe.</remarks>
public sealed class ImprovementActionValidator : AbstractValidator<ImprovementAction>
{
    private static readonly ImprovementActionValidator CompanyValidator = new(Segment.Company);
    private static readonly ImprovementActionValidator SelfEmployedValidator = new(Segment.SelfEmployed);

    /// <summary>Initializes a new instance of the <see cref="ImprovementActionValidator"/> class.</summary>
    /// <param name="segment">The participant's segment.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is not a defined value.</exception>
    public ImprovementActionValidator(Segment segment)
    {
        SegmentCatalog catalog = SegmentCatalog.For(segment);
        Segment = segment;
        RuleFor(x => x.Indicator).NotNull().Problem(ProblemCodes.Required, "indicator");
        RuleFor(x => x.Indicator).Must(i => i.Segment == segment).When(x => x.Indicator is not null)
            .Problem(ProblemCodes.CodeOtherSegment, "indicator").Arguments(catalog.Indicators.Kind.English, catalog.Code, catalog.Indicators.CodeList);
        RuleFor(x => x.FollowUp).IsInEnum().Problem(ProblemCodes.UnknownCode, "followUp").Arguments(DiCatalog.FollowUps.Kind.English, DiCatalog.FollowUps.CodeList);
    }

    /// <summary>Gets the segment the action is validated for.</summary>
    public Segment Segment { get; }

    /// <summary>Returns the shared validator of a segment.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is not a defined value.</exception>
    public static ImprovementActionValidator For(Segment segment) => segment switch
    {
        Segment.Company => CompanyValidator,
        Segment.SelfEmployed => SelfEmployedValidator,
        _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, "Expected Segment.Company or Segment.SelfEmployed."),
    };
}
