using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DurableEmployability.Serialization;

namespace DurableEmployability.Aggregation;

/// <summary>
/// The immutable, serializable counts of a <see cref="ReportAccumulator"/>: partial aggregates that can be stored,
/// sent to another machine and merged there (<see cref="ReportAccumulator.FromState"/>, <see cref="ReportAccumulator.Merge"/>).
/// </summary>
/// <remarks>
/// <para>
/// The counters are a flat array in a layout fixed by the segment and the size class scheme (named blocks in
/// catalogue order, see <see cref="ToJson"/>); sectors are kept as (code, count) pairs in ordinal order. The JSON
/// form (<c>"format": "durable-employability/accumulator-state"</c>, version 1) names every block, and reading it
/// checks every block's length and that no count is negative; bad data becomes problems, never exceptions.
/// </para>
/// <para>Value equality (options, counters and sectors). Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// // On each machine: aggregate a shard and send its state.
/// var shard = new ReportAccumulator(new ReportOptions(Segment.Company));
/// shard.AddRange(myParticipants);
/// string json = shard.ToState().ToJson();
///
/// // On the coordinator: read the states and merge them.
/// var total = new ReportAccumulator(new ReportOptions(Segment.Company));
/// foreach (string received in states)
/// {
///     ReportReadResult&lt;AccumulatorState&gt; read = AccumulatorState.FromJson(received);
///     if (read.Success) total.Merge(ReportAccumulator.FromState(read.Value));
/// }
/// Report report = total.ToReport();
/// </code>
/// </example>
public sealed record AccumulatorState
{
    /// <summary>The <c>format</c> value of the state JSON.</summary>
    public const string FormatName = "durable-employability/accumulator-state";

    /// <summary>The <c>version</c> of the state JSON this release writes and reads.</summary>
    public const int CurrentVersion = 1;

    private AccumulatorState(ReportOptions options, ValueArray<long> counters, ValueArray<KeyCount> sectors)
    {
        Options = options;
        Counters = counters;
        Sectors = sectors;
    }

    /// <summary>Gets the options of the accumulator (segment, size classes, group label).</summary>
    public ReportOptions Options { get; }

    /// <summary>Gets the flat counters, in the layout of <see cref="Options"/>.</summary>
    public ValueArray<long> Counters { get; }

    /// <summary>Gets the sector counts, by sector code in ordinal order.</summary>
    public ValueArray<KeyCount> Sectors { get; }

    /// <summary>Reads a state from its JSON form.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <returns>The state, or the problems that prevented reading it.</returns>
    public static ReportReadResult<AccumulatorState> FromJson(ReadOnlySpan<byte> utf8Json) => ReportStateJson.Read(utf8Json);

    /// <summary>Reads a state from its JSON form.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The state, or the problems that prevented reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReportReadResult<AccumulatorState> FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReportStateJson.Read(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Returns the JSON form of the state (deterministic bytes, invariant culture).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => System.Text.Encoding.UTF8.GetString(ToUtf8Json());

    /// <summary>Returns the JSON form of the state as UTF-8 (deterministic bytes, invariant culture).</summary>
    /// <returns>The JSON text as UTF-8.</returns>
    public byte[] ToUtf8Json() => ReportStateJson.Write(this);

    internal static AccumulatorState Create(ReportOptions options, ReadOnlySpan<long> counters, Dictionary<string, long> sectors)
    {
        var pairs = new List<KeyCount>(sectors.Count);
        foreach (KeyValuePair<string, long> sector in sectors)
        {
            if (sector.Value != 0)
            {
                pairs.Add(new KeyCount(sector.Key, sector.Value));
            }
        }

        pairs.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new AccumulatorState(options, ImmutableArray.Create(counters), pairs.ToImmutableArray());
    }
}
