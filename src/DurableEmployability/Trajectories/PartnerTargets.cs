namespace DurableEmployability.Trajectories;

/// <summary>A partner's target numbers of participants (Table 1): the original target and the target after redistribution.</summary>
/// <param name="Original">The original target, or <see langword="null"/> when not given.</param>
/// <param name="Redistributed">The target after redistribution, or <see langword="null"/> when not given.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record PartnerTargets(int? Original, int? Redistributed);
