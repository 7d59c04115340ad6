using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DurableEmployability.Trajectories;
using FluentValidation;
using FluentValidation.Results;

namespace DurableEmployability.Validation;

/// <summary>
/// Validates a whole <see cref="Dataset"/> held in memory: every partner (<see cref="PartnerValidator"/>) and
/// participant (<see cref="ParticipantValidator"/>), unique partner codes and participant ids (ordinal), and that every
/// participant's partner is listed.
/// </summary>
/// <remarks>
/// The same rules as the dataset reader applies, for datasets built in code; paths are those of the JSON format
/// (<c>participants[17].monitor3.date</c>). Build once and reuse (<see cref="Default"/>): instances are thread-safe.
/// </remarks>
/// <example>
/// <code>
/// ValueArray&lt;Problem&gt; problems = DatasetValidator.Check(dataset);
/// bool valid = problems.All(p => !p.IsError);
/// </code>
/// </example>
public sealed class DatasetValidator : AbstractValidator<Dataset>
{
    /// <summary>Initializes a new instance of the <see cref="DatasetValidator"/> class.</summary>
    public DatasetValidator()
    {
        RuleForEach(x => x.Partners).NotNull().Problem(ProblemCodes.Required, "partners").SetValidator(PartnerValidator.Default);
        RuleForEach(x => x.Participants).NotNull().Problem(ProblemCodes.Required, "participants").SetValidator(ParticipantValidator.Default);
        RuleFor(x => x).Custom(static (dataset, context) => CrossChecks(dataset, context.AddFailure));
    }

    /// <summary>Gets a shared instance.</summary>
    public static DatasetValidator Default { get; } = new();

    /// <summary>Validates a dataset and returns its problems (empty when valid).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The problems, errors and warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public static ValueArray<Problem> Check(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var builder = ImmutableArray.CreateBuilder<Problem>();
        ValidationRules.AddProblems(Default.Validate(dataset), string.Empty, builder.Add);
        return builder.ToImmutable();
    }

    private static void CrossChecks(Dataset dataset, Action<ValidationFailure> add)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < dataset.Partners.Count; i++)
        {
            Partner partner = dataset.Partners[i];
            if (partner?.Code is { Length: > 0 } code && !codes.TryAdd(code, i))
            {
                add(Failure($"partners[{i}].code", ProblemCodes.PartnerDuplicate, code, $"partners[{codes[code]}]"));
            }
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < dataset.Participants.Count; i++)
        {
            Participant participant = dataset.Participants[i];
            if (participant is null)
            {
                continue;
            }

            if (participant.Id is { } id && !ids.TryAdd(id, i))
            {
                add(Failure($"participants[{i}].id", ProblemCodes.IdDuplicate, id, $"participants[{ids[id]}]"));
            }

            if (participant.Partner is { } p && !codes.ContainsKey(p))
            {
                add(Failure($"participants[{i}].partner", ProblemCodes.UnknownPartner, p));
            }
        }
    }

    private static ValidationFailure Failure(string path, string code, string value, params string[] arguments) =>
        new(path, code, value) { ErrorCode = code, CustomState = arguments, Severity = Severity.Error };
}
