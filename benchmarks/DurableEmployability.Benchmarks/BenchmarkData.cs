using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Generation;
using DurableEmployability.Reference;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Benchmarks;

/// <summary>The data every benchmark shares: a fixed-seed company cohort, overall + per partner.</summary>
public static class BenchmarkData
{
    /// <summary>The seed of every generated cohort.</summary>
    public const ulong Seed = 20_161_231;

    /// <summary>Set by <c>--short</c> (also for child processes, through the environment).</summary>
    public const string ShortVariable = "DURABLE_EMPLOYABILITY_BENCH_SHORT";

    /// <summary>Gets the cohort sizes: 10,000, 1,000,000 and 10,000,000, or the first two in short mode.</summary>
    public static IEnumerable<int> Sizes => Environment.GetEnvironmentVariable(ShortVariable) == "1"
        ? [10_000, 1_000_000]
        : [10_000, 1_000_000, 10_000_000];

    /// <summary>Gets the report options: companies, default size classes.</summary>
    public static ReportOptions Options { get; } = new(Segment.Company);

    /// <summary>Gets the declared partners.</summary>
    public static IReadOnlyList<Partner> Partners => Phase1Reconstruction.Partners;

    /// <summary>Gets the generator (companies only).</summary>
    public static CohortGenerator Generator { get; } = new(Seed, CohortSegments.Companies);

    /// <summary>Generates the rich records, in parallel.</summary>
    /// <param name="count">The number of participants.</param>
    /// <returns>The participants.</returns>
    public static Participant[] Rich(int count)
    {
        var participants = new Participant[count];
        const int block = 1 << 14;
        Parallel.For(0, (count + block - 1) / block, b =>
        {
            int start = b * block;
            Generator.Fill(participants.AsSpan(start, Math.Min(block, count - start)), start);
        });
        return participants;
    }

    /// <summary>Generates the compact batch of the same participants.</summary>
    /// <param name="count">The number of participants.</param>
    /// <returns>The batch.</returns>
    public static CompactBatch Compact(int count) => Generator.CreateCompact(count);
}
