using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Generation;
using DurableEmployability.Reference;
using DurableEmployability.Serialization;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Benchmarks;

/// <summary>The data every benchmark shares: a fixed-seed company cohort, overall + per partner.</summary>
public static class BenchmarkData
{
    /// <summary>The seed of every generated cohort.</summary>
    public const ulong Seed = 20_161_231;

    /// <summary>Set by <c>--short</c> (also for child processes, through the environment).</summary>
    public const string ShortVariable = "DURABLE_EMPLOYABILITY_BENCH_SHORT";

    private static readonly ConcurrentDictionary<int, long> JsonLengths = new();

    /// <summary>Gets a value indicating whether the run is in short mode (<c>--short</c>).</summary>
    public static bool IsShort => Environment.GetEnvironmentVariable(ShortVariable) == "1";

    /// <summary>Gets the cohort sizes: 10,000, 1,000,000 and 10,000,000, or the first two in short mode.</summary>
    public static IEnumerable<int> Sizes => IsShort
        ? [10_000, 1_000_000]
        : [10_000, 1_000_000, 10_000_000];

    /// <summary>
    /// Gets the cohort sizes of the naive LINQ baseline: 10,000 and 1,000,000, or 10,000 and 100,000 in short mode. It
    /// takes ≈ 50 s per operation at 1,000,000 participants on the 2-core benchmark machine (and more than linearly
    /// longer beyond), so 10,000,000 would take the full run alone past its 40-minute budget.
    /// </summary>
    public static IEnumerable<int> NaiveSizes => IsShort
        ? [10_000, 100_000]
        : [10_000, 1_000_000];

    /// <summary>
    /// Gets the cohort sizes of the JSON benchmarks: 10,000 and 1,000,000, or 10,000 and 100,000 in short mode. The JSON
    /// text is ≈ 1.47 KB per participant, so 10,000,000 (≈ 14.7 GB) does not fit in one array (nor in this machine's
    /// memory next to the other runs); 1,000,000 is ≈ 1.47 GB.
    /// </summary>
    public static IEnumerable<int> JsonSizes => IsShort
        ? [10_000, 100_000]
        : [10_000, 1_000_000];

    /// <summary>Gets the writer options of the JSON benchmarks: not indented (the compact form a service would send).</summary>
    public static DatasetWriterOptions JsonOptions { get; } = DatasetWriterOptions.Default with { Indented = false };

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

    /// <summary>Writes the cohort as a dataset (the declared partners, then the participants) to memory, streaming the participants.</summary>
    /// <param name="count">The number of participants.</param>
    /// <returns>The buffer (longer than the text) and the length of the UTF-8 JSON text in it.</returns>
    public static (byte[] Buffer, int Length) Json(int count)
    {
        var memory = new MemoryStream();
        DatasetWriter.Write(memory, Partners, Generator.Generate(count), extensions: null, JsonOptions);
        JsonLengths.TryAdd(count, memory.Length);
        return (memory.GetBuffer(), checked((int)memory.Length));
    }

    /// <summary>Gets the length in bytes of the JSON text of <see cref="Json"/>, written once to a counting stream (nothing is held).</summary>
    /// <param name="count">The number of participants.</param>
    /// <returns>The length in bytes.</returns>
    public static long JsonLength(int count) => JsonLengths.GetOrAdd(count, static n =>
    {
        using var counter = new CountingStream();
        DatasetWriter.Write(counter, Partners, Generator.Generate(n), extensions: null, JsonOptions);
        return counter.Length;
    });

    /// <summary>A write-only stream that only counts the bytes written.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position
        {
            get => length;
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
