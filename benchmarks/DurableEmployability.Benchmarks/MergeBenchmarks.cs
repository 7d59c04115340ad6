using BenchmarkDotNet.Attributes;
using DurableEmployability.Aggregation;

namespace DurableEmployability.Benchmarks;

/// <summary>Merging two partial aggregates (each of half the cohort): should not depend on the cohort size.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10, id: "Full")]
public class MergeBenchmarks
{
    private ReportAccumulator overallA = new(BenchmarkData.Options), overallB = new(BenchmarkData.Options);
    private GroupedReportAccumulator groupedA = GroupedReportAccumulator.ByPartner(BenchmarkData.Options, BenchmarkData.Partners);
    private GroupedReportAccumulator groupedB = GroupedReportAccumulator.ByPartner(BenchmarkData.Options, BenchmarkData.Partners);

    /// <summary>Gets or sets the number of participants.</summary>
    [ParamsSource(typeof(BenchmarkData), nameof(BenchmarkData.Sizes))]
    public int N { get; set; }

    /// <summary>Aggregates the two halves.</summary>
    [GlobalSetup]
    public void Setup()
    {
        CompactBatch first = BenchmarkData.Generator.CreateCompact(N / 2);
        CompactBatch second = BenchmarkData.Generator.CreateCompact(N - (N / 2), N / 2);
        overallA = BulkAggregator.Aggregate(first, BenchmarkData.Options);
        overallB = BulkAggregator.Aggregate(second, BenchmarkData.Options);
        groupedA = BulkAggregator.AggregateByPartner(first, BenchmarkData.Options, BenchmarkData.Partners);
        groupedB = BulkAggregator.AggregateByPartner(second, BenchmarkData.Options, BenchmarkData.Partners);
    }

    /// <summary>Merges the two overall accumulators into a new one.</summary>
    /// <returns>The merged accumulator.</returns>
    [Benchmark]
    public ReportAccumulator MergeOverall()
    {
        var merged = new ReportAccumulator(BenchmarkData.Options);
        merged.Merge(overallA);
        merged.Merge(overallB);
        return merged;
    }

    /// <summary>Merges the two per-partner accumulators (overall + 18 partners) into a new one.</summary>
    /// <returns>The merged accumulator.</returns>
    [Benchmark]
    public GroupedReportAccumulator MergeByPartner()
    {
        var merged = GroupedReportAccumulator.ByPartner(BenchmarkData.Options, BenchmarkData.Partners);
        merged.Merge(groupedA);
        merged.Merge(groupedB);
        return merged;
    }
}
