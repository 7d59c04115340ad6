using System;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;
using FluentValidation;

namespace DurableEmployability.Validation;

/// <summary>
/// Validates a <see cref="Registration"/> for a segment: a headcount of at least 1 (exactly 1 for the self-employed),
/// defined bands, and no staff bands for the self-employed.
/// </summary>
/// <remarks>Build once and reuse (<see cref="For"/>): instances are thread-safe.</remarks>
public sealed class RegistrationValidator : AbstractValidator<Registration>
{
    private static readonly RegistrationValidator CompanyValidator = new(Segment.Company);
    private static readonly RegistrationValidator SelfEmployedValidator = new(Segment.SelfEmployed);

    /// <summary>Initializes a new instance of the <see cref="RegistrationValidator"/> class.</summary>
    /// <param name="segment">The participant's segment.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is not a defined value.</exception>
    public RegistrationValidator(Segment segment)
    {
        _ = SegmentCatalog.For(segment);
        Segment = segment;
        RuleFor(x => x.Headcount).Must(h => h is null or >= 1).Problem(ProblemCodes.HeadcountRange, "headcount");
        RuleFor(x => x.PermanentContracts).Must(b => b is null or >= ShareBand.Below25 and <= ShareBand.Above75)
            .Problem(ProblemCodes.UnknownCode, "permanentContracts").Arguments(DiCatalog.ShareBands.Kind.English, DiCatalog.ShareBands.CodeList);
        RuleFor(x => x.Men).Must(b => b is null or >= ShareBand.Below25 and <= ShareBand.Above75)
            .Problem(ProblemCodes.UnknownCode, "men").Arguments(DiCatalog.ShareBands.Kind.English, DiCatalog.ShareBands.CodeList);
        if (segment == Segment.SelfEmployed)
        {
            RuleFor(x => x.Headcount).Must(h => h is null or 1).When(x => x.Headcount >= 1).Problem(ProblemCodes.SelfEmployedHeadcount, "headcount");
            RuleFor(x => x.PermanentContracts).Null().Problem(ProblemCodes.CompanyOnlyField, "permanentContracts");
            RuleFor(x => x.Men).Null().Problem(ProblemCodes.CompanyOnlyField, "men");
            RuleFor(x => x.AgeGroups).Must(m => m.IsEmpty).Problem(ProblemCodes.CompanyOnlyField, "ageGroups");
            RuleFor(x => x.EducationLevels).Must(m => m.IsEmpty).Problem(ProblemCodes.CompanyOnlyField, "educationLevels");
        }
    }

    /// <summary>Gets the segment the registration is validated for.</summary>
    public Segment Segment { get; }

    /// <summary>Returns the shared validator of a segment.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is not a defined value.</exception>
    public static RegistrationValidator For(Segment segment) => segment switch
    {
        Segment.Company => CompanyValidator,
        Segment.SelfEmployed => SelfEmployedValidator,
        _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, "Expected Segment.Company or Segment.SelfEmployed."),
    };
}
