using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
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
