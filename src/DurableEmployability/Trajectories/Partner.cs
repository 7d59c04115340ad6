namespace DurableEmployability.Trajectories;

/// <summary>A partner (convenantpartner): an employer or sector organisation whose advisers coach participants.</summary>
/// <param name="Code">The partner's code, unique in a dataset (ordinal), e.g. <c>SVH</c>.</param>
/// <param name="Name">The partner's name, e.g. <c>Stichting Vakbekwaamheid Horeca</c>.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
/// <example>
/// <code>
/// var svh = new Partner("SVH", "Stichting Vakbekwaamheid Horeca") { Targets = new PartnerTargets(50, 53) };
/// </code>
/// </example>
public sealed record Partner(string Code, string Name)
{
    /// <summary>Gets the partner's target numbers, or <see langword="null"/> when not given.</summary>
    public PartnerTargets? Targets { get; init; }

    /// <summary>Gets the partner's <c>extensions</c> object, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; init; }
}
