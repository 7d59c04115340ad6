using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Benchmarks;

/// <summary>
/// The naive LINQ baseline (<see cref="NaiveLinqReport"/>) over the rich records, overall + per partner; up to 1,000,000
/// participants (<see cref="BenchmarkData.NaiveSizes"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, id: "Slow")]
[Config(typeof(PerParticipantConfig))]
public class NaiveLinqBenchmarks
{
    private List<Participant> participants = [];

    /// <summary>Gets or sets the number of participants.</summary>
    [ParamsSource(typeof(BenchmarkData), nameof(BenchmarkData.NaiveSizes))]
    public int N { get; set; }

    /// <summary>Generates the cohort.</summary>
    [GlobalSetup]
    public void Setup() => participants = [.. BenchmarkData.Rich(N)];

    /// <summary>Releases the cohort.</summary>
    [GlobalCleanup]
    public void Cleanup() => participants = [];

    /// <summary>One <c>GroupBy</c> per table, overall and per partner.</summary>
    /// <returns>The tables.</returns>
    [Benchmark(Baseline = true)]
    public Dictionary<string, Dictionary<string, Dictionary<string, double>>> NaiveLinq() => NaiveLinqReport.Build(participants);
}
