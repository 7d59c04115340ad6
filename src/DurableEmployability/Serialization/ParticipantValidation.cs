using DurableEmployability.Trajectories;
using DurableEmployability.Validation;

namespace DurableEmployability.Serialization;

/// <summary>Runs the record validators on what the reader built and adds their problems under the element's path.</summary>
internal sealed class ParticipantValidation
{
    private readonly ProblemSink problems;

    internal ParticipantValidation(ProblemSink problems) => this.problems = problems;

    internal void Partner(Partner partner, string path) =>
        ValidationRules.AddProblems(PartnerValidator.Default.Validate(partner), path, problems.Add);

    internal void Participant(Participant participant, string path) =>
        ValidationRules.AddProblems(ParticipantValidator.Default.Validate(participant), path, problems.Add);
}
