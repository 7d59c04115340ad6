using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DurableEmployability.Aggregation;
using DurableEmployability.Serialization;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Benchmarks;

/// <summary>
/// Reading a dataset from a JSON stream and aggregating it (every table, overall + per partner), against the parsing
/// floor: a <see cref="Utf8JsonReader"/> reading every token of the same bytes through a stream with the reader's
/// buffer size. The cohort is written once (not indented) in <see cref="Setup"/>; every benchmark reads it from a
/// <see cref="MemoryStream"/>, so no disk is involved.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, id: "Slow")]
[Config(typeof(JsonConfig))]
public class JsonReadAggregateBenchmarks
{
    private static readonly int BufferSize = DatasetReaderOptions.Default.BufferSize;
    private byte[] json = [];
    private int length;

    /// <summary>Gets or sets the number of participants.</summary>
    [ParamsSource(typeof(BenchmarkData), nameof(BenchmarkData.JsonSizes))]
    public int N { get; set; }

    /// <summary>Writes the cohort as JSON and checks, for up to 10,000 participants, that reading it back gives the report of the rich records.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (json, length) = BenchmarkData.Json(N);
        if (N <= 10_000)
        {
            var expected = GroupedReportAccumulator.ByPartner(BenchmarkData.Options, BenchmarkData.Partners);
            expected.Add(BenchmarkData.Rich(N));
            if (ReadAggregate_ByPartner() != expected.ToReport())
            {
                throw new InvalidOperationException("The report read from JSON differs from the report of the rich records.");
            }

            if (ReadAggregateCompact_ByPartner() != expected.ToReport())
            {
                throw new InvalidOperationException("The report of the compact read differs from the report of the rich records.");
            }
        }
    }

    /// <summary>Releases the JSON text.</summary>
    [GlobalCleanup]
    public void Cleanup() => json = [];

    /// <summary>
    /// The parsing floor: every token read with a <see cref="Utf8JsonReader"/> over a 64 KiB buffer refilled from the
    /// stream (the dataset reader's default buffer and reader options), touching every value's bytes.
    /// </summary>
    /// <returns>A checksum of the token types and value lengths.</returns>
    [Benchmark(Baseline = true)]
    public long TokenScan_Stream()
    {
        using var stream = new MemoryStream(json, 0, length, writable: false);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = DatasetReaderOptions.Default.MaxDepth + 1 });
            int start = 0, end = 0;
            bool final = false;
            long checksum = 0;
            while (true)
            {
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, end);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = stream.Read(buffer, end, buffer.Length - end);
                final = read == 0;
                end += read;
                var reader = new Utf8JsonReader(buffer.AsSpan(0, end), final, state);
                while (reader.Read())
                {
                    checksum += (int)reader.TokenType + reader.ValueSpan.Length;
                }

                start = checked((int)reader.BytesConsumed);
                state = reader.CurrentState;
                if (final)
                {
                    return start == end ? checksum : throw new InvalidDataException("Incomplete JSON.");
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The same scan over the whole text in one span (no stream, no refill): a lower bound for reference.</summary>
    /// <returns>A checksum of the token types and value lengths.</returns>
    [Benchmark]
    public long TokenScan_Span()
    {
        var reader = new Utf8JsonReader(json.AsSpan(0, length), new JsonReaderOptions { MaxDepth = DatasetReaderOptions.Default.MaxDepth + 1 });
        long checksum = 0;
        while (reader.Read())
        {
            checksum += (int)reader.TokenType + reader.ValueSpan.Length;
        }

        return checksum;
    }

    /// <summary>
    /// <see cref="DatasetReader.Open"/> streamed into a <see cref="GroupedReportAccumulator"/> by partner: parsing,
    /// building the rich records, validating every one (FluentValidation), duplicate-id check, aggregation, report.
    /// </summary>
    /// <returns>The breakdown report.</returns>
    [Benchmark]
    public BreakdownReport ReadAggregate_ByPartner()
    {
        using var stream = new MemoryStream(json, 0, length, writable: false);
        using DatasetStream dataset = DatasetReader.Open(stream);
        var grouped = GroupedReportAccumulator.ByPartner(BenchmarkData.Options, BenchmarkData.Partners);
        long count = 0;
        foreach (Participant participant in dataset.Participants())
        {
            grouped.Add(participant);
            count++;
        }

        if (!dataset.Success || count != N)
        {
            throw new InvalidDataException($"Read {count} of {N} participants; {dataset.ErrorCount} errors.");
        }

        return grouped.ToReport();
    }

    /// <summary>
    /// <see cref="DatasetReader.AggregateByPartner"/>: the same read, with plainly valid participants parsed in one pass
    /// straight into compact records (same checks as the validators, fallback to the full path otherwise), aggregated by
    /// <see cref="BulkAggregator"/> in blocks of 65,535 (each next to the reading of the next).
    /// </summary>
    /// <returns>The breakdown report.</returns>
    [Benchmark]
    public BreakdownReport ReadAggregateCompact_ByPartner()
    {
        using var stream = new MemoryStream(json, 0, length, writable: false);
        DatasetAggregateResult<GroupedReportAccumulator> result = DatasetReader.AggregateByPartner(stream, BenchmarkData.Options);
        if (!result.Success || result.ParticipantCount != N)
        {
            throw new InvalidDataException($"Read {result.ParticipantCount} of {N} participants; {result.ErrorCount} errors.");
        }

        return result.Accumulator.ToReport();
    }
}
