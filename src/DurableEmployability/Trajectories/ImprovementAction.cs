using DurableEmployability.Catalog;

namespace DurableEmployability.Trajectories;

/// <summary>An action a participant carried out, tagged with one indicator, and the likelihood that it is continued (Tables 17–21).</summary>
/// <param name="Indicator">The indicator the action works on (and through it, the aspect).</param>
/// <param name="FollowUp">Whether the action is continued: yes, maybe or no.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record ImprovementAction(Indicator Indicator, FollowUp FollowUp)
{
    /// <summary>Gets the action's <c>extensions</c> object, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; init; }
}
