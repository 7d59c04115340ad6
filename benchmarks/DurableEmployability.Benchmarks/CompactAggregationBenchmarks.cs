using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DurableEmployability.Aggregation;

namespace DurableEmployability.Benchmarks;

/// <summary>
/// Every table, overall + per partner, from a <see cref="CompactBatch"/>, against the memory floor: a SIMD sum of every
/// byte of the same batch (records and action codes).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10, id: "Full")]
[Config(typeof(PerParticipantConfig))]
public class CompactAggregationBenchmarks
{
    private CompactBatch batch = CompactBatch.Empty;
    private byte[] actionCodes = [];

    /// <summary>Gets or sets the number of participants.</summary>
    [ParamsSource(typeof(BenchmarkData), nameof(BenchmarkData.Sizes))]
    public int N { get; set; }

    /// <summary>Generates the batch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        batch = BenchmarkData.Compact(N);
        actionCodes = batch.ActionCodes.ToArray();
    }

    /// <summary>Releases the batch.</summary>
    [GlobalCleanup]
    public void Cleanup() => batch = CompactBatch.Empty;

    /// <summary>The memory floor on all cores: the byte sum of the batch.</summary>
    /// <returns>The sum.</returns>
    [Benchmark(Baseline = true)]
    public ulong MemoryFloor_AllCores()
    {
        int workers = Environment.ProcessorCount;
        var sums = new ulong[workers];
        int count = batch.Count;
        Parallel.For(0, workers, w =>
        {
            int start = (int)((long)count * w / workers), end = (int)((long)count * (w + 1) / workers);
            ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(batch.Records[start..end]);
            sums[w] = ByteSum(bytes) + (w == 0 ? ByteSum(actionCodes) : 0);
        });
        ulong total = 0;
        foreach (ulong sum in sums)
        {
            total += sum;
        }

        return total;
    }

    /// <summary>The memory floor on one thread.</summary>
    /// <returns>The sum.</returns>
    [Benchmark]
    public ulong MemoryFloor_1Thread() => ByteSum(MemoryMarshal.AsBytes(batch.Records)) + ByteSum(actionCodes);

    /// <summary><see cref="BulkAggregator.AggregateByPartner"/> on one thread.</summary>
    /// <returns>The breakdown report.</returns>
    [Benchmark]
    public BreakdownReport Compact_1Thread() =>
        BulkAggregator.AggregateByPartner(batch, BenchmarkData.Options, BenchmarkData.Partners, maxDegreeOfParallelism: 1).ToReport();

    /// <summary><see cref="BulkAggregator.AggregateByPartner"/> on all cores.</summary>
    /// <returns>The breakdown report.</returns>
    [Benchmark]
    public BreakdownReport Compact_AllCores() =>
        BulkAggregator.AggregateByPartner(batch, BenchmarkData.Options, BenchmarkData.Partners).ToReport();

    /// <summary><see cref="BulkAggregator.Aggregate"/> (overall only) on all cores.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public Report CompactOverall_AllCores() =>
        BulkAggregator.Aggregate(batch, BenchmarkData.Options).ToReport();

    private static ulong ByteSum(ReadOnlySpan<byte> bytes)
    {
        ulong total = 0;
        int i = 0;
        if (Avx2.IsSupported)
        {
            Vector256<ulong> acc0 = Vector256<ulong>.Zero, acc1 = Vector256<ulong>.Zero;
            ref byte start = ref MemoryMarshal.GetReference(bytes);
            for (; i + 64 <= bytes.Length; i += 64)
            {
                Vector256<byte> a = Vector256.LoadUnsafe(ref start, (nuint)i);
                Vector256<byte> b = Vector256.LoadUnsafe(ref start, (nuint)(i + 32));
                acc0 += Avx2.SumAbsoluteDifferences(a, Vector256<byte>.Zero).AsUInt64();
                acc1 += Avx2.SumAbsoluteDifferences(b, Vector256<byte>.Zero).AsUInt64();
            }

            total = Vector256.Sum(acc0 + acc1);
        }

        for (; i < bytes.Length; i++)
        {
            total += bytes[i];
        }

        return total;
    }
}
