namespace DurableEmployability.Trajectories;

/// <summary>A whole dataset held in memory: its partners and participants (dataset format, version 1).</summary>
/// <param name="Partners">The partners, in the order of the dataset.</param>
/// <param name="Participants">The participants, in the order of the dataset.</param>
/// <remarks>
/// For large datasets prefer the streaming reader, which never holds all participants. Value equality (collections
/// compare by content). Immutable and thread-safe.
/// </remarks>
public sealed record Dataset(ValueArray<Partner> Partners, ValueArray<Participant> Participants)
{
    /// <summary>The format identifier, <c>durable-employability/dataset</c>.</summary>
    public const string FormatName = "durable-employability/dataset";

    /// <summary>The version of the format this release writes, 1.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Gets the root <c>extensions</c> object, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; init; }
}
