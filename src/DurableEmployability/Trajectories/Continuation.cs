using DurableEmployability.Catalog;

namespace DurableEmployability.Trajectories;

/// <summary>Whether and how a participant continues after the project (Table 16). Every field is optional.</summary>
/// <remarks>
/// <see cref="Form"/> and <see cref="SupportWanted"/> are answered by continuing participants only: given with
/// <c>Continues == false</c> they are not counted (and the dataset reader warns). Value equality. Immutable and thread-safe.
/// </remarks>
public sealed record Continuation
{
    /// <summary>Gets whether the participant continues, or <see langword="null"/> when unanswered.</summary>
    public bool? Continues { get; init; }

    /// <summary>Gets how the participant continues, or <see langword="null"/> when unanswered.</summary>
    public ContinuationForm? Form { get; init; }

    /// <summary>Gets whether support is wanted, or <see langword="null"/> when unanswered.</summary>
    public bool? SupportWanted { get; init; }
}
