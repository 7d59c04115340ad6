using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DurableEmployability.Aggregation;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Serialization;

/// <summary>
/// Reads datasets in the JSON format of <c>dataset-format.md</c> (version 1) from a stream: whole
/// (<see cref="Read"/>, <see cref="ReadAsync"/>) or streaming participant by participant (<see cref="Open"/>).
/// </summary>
/// <remarks>
/// <para>
/// The reader never holds the whole JSON text: it reads with a <see cref="System.Text.Json.Utf8JsonReader"/> over a
/// buffer refilled from the stream, holding one partner or participant at a time. It is strict (unknown and repeated
/// properties are errors except inside <c>extensions</c>; integers must be integer literals of at most 32 bits;
/// strings are not numbers; comments, trailing commas and non-UTF-8 input are errors) and never throws for bad data:
/// every problem (syntax with line and column, type, unknown property, validation by the <c>Validation</c> validators)
/// is collected with its JSON path, up to <see cref="DatasetReaderOptions.MaxProblems"/>. A syntax or encoding error,
/// nesting beyond <see cref="DatasetReaderOptions.MaxDepth"/>, a value beyond
/// <see cref="DatasetReaderOptions.MaxValueBytes"/> or an unknown <c>version</c> before the data ends reading.
/// </para>
/// <para>A participant with an error is not part of the result (nor yielded when streaming); its problems say why.</para>
/// <para>The stream is read from its current position and is not closed. All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// using FileStream file = File.OpenRead("dataset.json");
/// DatasetReadResult result = DatasetReader.Read(file);
/// foreach (Problem problem in result.Problems)
///     Console.Error.WriteLine(problem.ToString(Language.English));
/// if (result.Success)
///     Console.WriteLine($"{result.Dataset.Participants.Count} participants");
/// </code>
/// </example>
public static class DatasetReader
{
    /// <summary>Reads a whole dataset.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON text (a byte order mark is allowed).</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetReaderOptions.Default"/>.</param>
    /// <returns>The dataset and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> is not readable.</exception>
    /// <exception cref="IOException">The stream fails to read.</exception>
    public static DatasetReadResult Read(Stream utf8Json, DatasetReaderOptions? options = null)
    {
        using var parser = new DatasetParser(utf8Json, options);
        var participants = new List<Participant>();
        while (true)
        {
            switch (parser.Next(out Participant? participant))
            {
                case DatasetParser.Step.Participant:
                    participants.Add(participant!);
                    break;
                case DatasetParser.Step.NeedMore:
                    parser.Refill();
                    break;
                default:
                    return Result(parser, participants);
            }
        }
    }

    /// <summary>Reads a whole dataset asynchronously.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON text (a byte order mark is allowed).</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetReaderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The dataset and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> is not readable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream fails to read.</exception>
    public static async Task<DatasetReadResult> ReadAsync(Stream utf8Json, DatasetReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var parser = new DatasetParser(utf8Json, options);
        var participants = new List<Participant>();
        while (true)
        {
            switch (parser.Next(out Participant? participant))
            {
                case DatasetParser.Step.Participant:
                    participants.Add(participant!);
                    break;
                case DatasetParser.Step.NeedMore:
                    cancellationToken.ThrowIfCancellationRequested();
                    await parser.RefillAsync(cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    return Result(parser, participants);
            }
        }
    }

    /// <summary>Opens a dataset for streaming: participants are read as they are enumerated, never all held in memory.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON text (a byte order mark is allowed); it is not closed by the returned reader.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetReaderOptions.Default"/>.</param>
    /// <returns>The streaming reader; dispose it when done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> is not readable.</exception>
    public static DatasetStream Open(Stream utf8Json, DatasetReaderOptions? options = null) => new(new DatasetParser(utf8Json, options));

    /// <summary>
    /// Reads a dataset and aggregates it into one accumulator without building or keeping its participants, in memory
    /// bounded independently of the document's size (except the set of ids kept for the duplicate check).
    /// </summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON text (a byte order mark is allowed); it is not closed.</param>
    /// <param name="options">What to aggregate.</param>
    /// <param name="readerOptions">The reader options, or <see langword="null"/> for <see cref="DatasetReaderOptions.Default"/>.</param>
    /// <param name="progress">Receives the number of participants read so far (also those with errors), after every block of 65,535; optional.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>
    /// The accumulator, equal to a <see cref="ReportAccumulator"/> of <paramref name="options"/> to which every participant
    /// yielded by <see cref="DatasetStream.Participants"/> was added, and the same problems.
    /// </returns>
    /// <remarks>
    /// A participant that is plainly valid (no <c>extensions</c>, no escaped codes, nothing to warn about) is read in one
    /// pass straight into a compact record (<see cref="CompactBatchBuilder"/>), checking the same rules as the
    /// validators; any other participant is read and validated as by <see cref="Open"/>, so the problems are the same.
    /// Blocks of 65,535 records are aggregated with <see cref="BulkAggregator"/>, each on a thread-pool thread while the
    /// next block is read (so at most two blocks, ≈ 2 MiB each, are held).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> is not readable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream fails to read.</exception>
    public static DatasetAggregateResult<ReportAccumulator> Aggregate(Stream utf8Json, ReportOptions options, DatasetReaderOptions? readerOptions = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var parser = new DatasetParser(utf8Json, readerOptions);
        var total = new ReportAccumulator(options);
        long count = AggregateBlocks(parser, (batch, _) => total.Merge(BulkAggregator.Aggregate(batch, options, AggregationDegree)), progress, cancellationToken);
        return AggregateResult(parser, total, count);
    }

    /// <summary>
    /// Reads a dataset and aggregates it into an overall accumulator and one per partner, without building or keeping
    /// its participants, in memory bounded independently of the document's size (except the set of ids kept for the
    /// duplicate check).
    /// </summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON text (a byte order mark is allowed); it is not closed.</param>
    /// <param name="options">What to aggregate.</param>
    /// <param name="readerOptions">The reader options, or <see langword="null"/> for <see cref="DatasetReaderOptions.Default"/>.</param>
    /// <param name="progress">Receives the number of participants read so far (also those with errors), after every block of 65,535; optional.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>
    /// The accumulator, equal to <see cref="GroupedReportAccumulator.ByPartner"/> of <paramref name="options"/> and the
    /// valid partners to which every participant yielded by <see cref="DatasetStream.Participants"/> was added, and the
    /// same problems.
    /// </returns>
    /// <remarks>See <see cref="Aggregate"/> for how participants are read.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> is not readable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream fails to read.</exception>
    public static DatasetAggregateResult<GroupedReportAccumulator> AggregateByPartner(Stream utf8Json, ReportOptions options, DatasetReaderOptions? readerOptions = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var parser = new DatasetParser(utf8Json, readerOptions);
        GroupedReportAccumulator? running = null;
        long count = AggregateBlocks(
            parser,
            (batch, partners) =>
            {
                GroupedReportAccumulator part = BulkAggregator.AggregateByPartner(batch, options, partners, AggregationDegree);
                if (running is null)
                {
                    running = part;
                }
                else
                {
                    running.Merge(part);
                }
            },
            progress,
            cancellationToken);

        // The groups are declared in the order of all valid partners, as known only at the end.
        GroupedReportAccumulator total = GroupedReportAccumulator.ByPartner(options, parser.Partners);
        if (running is not null)
        {
            total.Merge(running);
        }

        return AggregateResult(parser, total, count);
    }

    /// <summary>The cores given to each block's aggregation: one (it runs next to the reading of the next block).</summary>
    private const int AggregationDegree = 1;

    /// <summary>The records packed before a block is aggregated: 65,535, so that a block never holds more distinct partners or sectors than a compact batch can (65,535).</summary>
    private const int BlockSize = ushort.MaxValue;

    /// <summary>
    /// Reads the document to its end, packing participants into blocks; each full block is aggregated on a thread-pool
    /// thread while the next one is read (one at a time, so at most two blocks are held). Returns the number packed.
    /// </summary>
    private static long AggregateBlocks(DatasetParser parser, Action<CompactBatch, IReadOnlyList<Partner>> aggregate, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var builder = new CompactBatchBuilder(BlockSize);
        parser.UseCompact(builder, BlockSize);
        long slow = 0;
        Task? pending = null;
        while (true)
        {
            switch (parser.Next(out Participant? participant))
            {
                case DatasetParser.Step.Participant:
                    builder.Add(participant!);
                    slow++;
                    if (builder.Count >= BlockSize)
                    {
                        Flush();
                    }

                    break;
                case DatasetParser.Step.NeedMore:
                    cancellationToken.ThrowIfCancellationRequested();
                    parser.Refill();
                    break;
                case DatasetParser.Step.BlockFull:
                    Flush();
                    break;
                default:
                    Flush();
                    pending?.GetAwaiter().GetResult();
                    return slow + parser.CompactCount;
            }
        }

        void Flush()
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (builder.Count > 0)
            {
                CompactBatch batch = builder.ToBatch();

                // A new builder of a block's capacity hands its records over without a copy at the next block.
                builder = new CompactBatchBuilder(BlockSize);
                parser.SetCompactBuilder(builder);
                Partner[] partners = [.. parser.Partners];
                pending?.GetAwaiter().GetResult();
                pending = Task.Run(() => aggregate(batch, partners), cancellationToken);
            }

            progress?.Report(parser.ParticipantCount);
        }
    }

    private static DatasetAggregateResult<TAccumulator> AggregateResult<TAccumulator>(DatasetParser parser, TAccumulator accumulator, long count)
        where TAccumulator : class
    {
        ProblemSink problems = parser.Problems;
        return new DatasetAggregateResult<TAccumulator>(accumulator, [.. parser.Partners], count, parser.Completed && problems.ErrorCount == 0, problems.ToArray(), problems.LimitReached, problems.ErrorCount, problems.WarningCount);
    }

    private static DatasetReadResult Result(DatasetParser parser, List<Participant> participants)
    {
        ProblemSink problems = parser.Problems;
        Dataset? valid = null;
        if (parser.Completed && !parser.VersionRefused)
        {
            if (parser.HadDeferredPartners)
            {
                participants.RemoveAll(p => !parser.IsKnownPartner(p.Partner));
            }

            valid = new Dataset(new ValueArray<Partner>(parser.Partners), new ValueArray<Participant>(participants)) { Extensions = parser.Extensions };
        }

        return new DatasetReadResult(valid, valid is not null && problems.ErrorCount == 0, problems.ToArray(), problems.LimitReached, problems.ErrorCount, problems.WarningCount);
    }
}
