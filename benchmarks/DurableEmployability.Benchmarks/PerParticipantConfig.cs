using BenchmarkDotNet.Configs;

namespace DurableEmployability.Benchmarks;

/// <summary>Adds the time per participant (<see cref="PerParticipantColumn"/>) to a benchmark class with a cohort size <c>N</c>.</summary>
public sealed class PerParticipantConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="PerParticipantConfig"/> class.</summary>
    public PerParticipantConfig() => AddColumn(PerParticipantColumn.Instance);
}
