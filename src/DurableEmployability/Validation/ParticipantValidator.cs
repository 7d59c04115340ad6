using System;
using System.Collections.Immutable;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;
using FluentValidation;

namespace DurableEmployability.Validation;

/// <summary>
/// Validates a <see cref="Participant"/>: an id of 1–200 characters, a partner code, a defined segment, its
/// registration and monitors for that segment (<see cref="RegistrationValidator"/>, <see cref="Monitor1Validator"/>,
/// <see cref="Monitor3Validator"/>), and monitor dates that do not decrease (monitor 1 ≤ monitor 2 ≤ monitor 3).
/// </summary>
/// <remarks>
/// Rules across participants (unique ids, listed partners) belong to <see cref="DatasetValidator"/>. Paths are those
/// of the dataset format, relative to the participant (<c>monitor3.opportunities</c>). Build once and reuse
/// (<see cref="Default"/>): instances are thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var participant = new Participant("", "SVH", Segment.Company);
/// foreach (Problem problem in ParticipantValidator.Check(participant, "participants[0]"))
///     Console.WriteLine(problem); // error participants[0].id: id-length: The id "" must be 1 to 200 characters long.
/// </code>
/// </example>
public sealed class ParticipantValidator : AbstractValidator<Participant>
{
    /// <summary>The longest id, in UTF-16 code units: 200.</summary>
    public const int MaxIdLength = 200;

    /// <summary>Initializes a new instance of the <see cref="ParticipantValidator"/> class.</summary>
    public ParticipantValidator()
    {
        RuleFor(x => x.Id).NotNull().Problem(ProblemCodes.Required, "id");
        RuleFor(x => x.Id).Must(id => id.Length is >= 1 and <= MaxIdLength).When(x => x.Id is not null)
            .Problem(ProblemCodes.IdLength, "id").Arguments("200");
        RuleFor(x => x.Partner).NotNull().Problem(ProblemCodes.Required, "partner");
        RuleFor(x => x.Segment).Must(ValidationRules.IsSegment).Problem(ProblemCodes.UnknownCode, "segment")
            .Arguments(DiCatalog.Segments.Kind.English, DiCatalog.Segments.CodeList);
        RuleFor(x => x.Registration!).SetValidator(x => RegistrationValidator.For(x.Segment)).When(x => ValidationRules.IsSegment(x.Segment)).OverridePropertyName("registration");
        RuleFor(x => x.Monitor1!).SetValidator(Monitor1Validator.Default).OverridePropertyName("monitor1");
        RuleFor(x => x.Monitor3!).SetValidator(x => Monitor3Validator.For(x.Segment)).When(x => ValidationRules.IsSegment(x.Segment)).OverridePropertyName("monitor3");
        RuleFor(x => x.Monitor1!.Date).Must(ValidationRules.IsWritableDate).When(x => x.Monitor1 is not null).Problem(ProblemCodes.InvalidDate, "monitor1.date");
        RuleFor(x => x.Monitor2!.Date).Must(ValidationRules.IsWritableDate).When(x => x.Monitor2 is not null).Problem(ProblemCodes.InvalidDate, "monitor2.date");
        RuleFor(x => x.Monitor3!.Date).Must(ValidationRules.IsWritableDate).When(x => x.Monitor3 is not null).Problem(ProblemCodes.InvalidDate, "monitor3.date");
        RuleFor(x => x.Monitor2!.Date).Must((p, d) => p.Monitor1!.Date <= d).When(p => p.Monitor1 is not null && p.Monitor2 is not null)
            .Problem(ProblemCodes.DatesOutOfOrder, "monitor2.date").WithState(p => new[] { "monitor1.date", ValidationRules.Date(p.Monitor1!.Date) });
        RuleFor(x => x.Monitor3!.Date).Must((p, d) => p.Monitor2!.Date <= d).When(p => p.Monitor2 is not null && p.Monitor3 is not null)
            .Problem(ProblemCodes.DatesOutOfOrder, "monitor3.date").WithState(p => new[] { "monitor2.date", ValidationRules.Date(p.Monitor2!.Date) });
        RuleFor(x => x.Monitor3!.Date).Must((p, d) => p.Monitor1!.Date <= d).When(p => p.Monitor1 is not null && p.Monitor2 is null && p.Monitor3 is not null)
            .Problem(ProblemCodes.DatesOutOfOrder, "monitor3.date").WithState(p => new[] { "monitor1.date", ValidationRules.Date(p.Monitor1!.Date) });
    }

    /// <summary>Gets a shared instance.</summary>
    public static ParticipantValidator Default { get; } = new();

    /// <summary>Validates a participant and returns its problems (empty when valid).</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="path">The path of the participant in its document (e.g. <c>participants[17]</c>), or empty for paths relative to the participant.</param>
    /// <returns>The problems, errors and warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    public static ValueArray<Problem> Check(Participant participant, string path = "")
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(path);
        var builder = ImmutableArray.CreateBuilder<Problem>();
        ValidationRules.AddProblems(Default.Validate(participant), path, builder.Add);
        return builder.ToImmutable();
    }
}
