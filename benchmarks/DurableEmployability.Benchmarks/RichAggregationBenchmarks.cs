using BenchmarkDotNet.Attributes;
using DurableEmployability.Aggregation;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Benchmarks;

/// <summary>Every table, overall + per partner, from the rich immutable records: one thread and all cores.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10, id: "Full")]
[Config(typeof(PerParticipantConfig))]
public class RichAggregationBenchmarks
{
    private Participant[] participants = [];

    /// <summary>Gets or sets the number of participants.</summary>
    [ParamsSource(typeof(BenchmarkData), nameof(BenchmarkData.Sizes))]
    public int N { get; set; }

    /// <summary>Generates the cohort.</summary>
    [GlobalSetup]
    public void Setup() => participants = BenchmarkData.Rich(N);

    /// <summary>Releases the cohort.</summary>
    [GlobalCleanup]
    public void Cleanup() => participants = [];

    /// <summary>One <see cref="GroupedReportAccumulator"/> on one thread.</summary>
    /// <returns>The breakdown report.</returns>
    [Benchmark]
    public BreakdownReport Rich_1Thread()
    {
        var grouped = GroupedReportAccumulator.ByPartner(BenchmarkData.Options, BenchmarkData.Partners);
        grouped.Add(participants);
        return grouped.ToReport();
    }

    /// <summary><see cref="ReportAggregator.AggregateParallel(System.Collections.Generic.IReadOnlyList{Participant}, System.Func{GroupedReportAccumulator}, System.IProgress{long}?, System.Threading.CancellationToken)"/> on all cores.</summary>
    /// <returns>The breakdown report.</returns>
    [Benchmark]
    public BreakdownReport Rich_AllCores() =>
        ReportAggregator.AggregateParallel(participants, () => GroupedReportAccumulator.ByPartner(BenchmarkData.Options, BenchmarkData.Partners)).ToReport();
}
