using System;
using DurableEmployability.Serialization;

namespace DurableEmployability.Aggregation;

/// <summary>
/// The immutable, serializable counts of a <see cref="GroupedReportAccumulator"/>: the overall state and one state per
/// group, so that grouped partial aggregates of shards can be merged on another machine.
/// </summary>
/// <remarks>
/// The key function is code, not data: supply it again to <see cref="GroupedReportAccumulator.FromState"/>. The JSON
/// form is <c>"format": "durable-employability/grouped-accumulator-state"</c>, version 1, with the overall and group
/// states in the form of <see cref="AccumulatorState.ToJson"/>. Value equality. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var shard = GroupedReportAccumulator.ByPartner(new ReportOptions(Segment.Company), dataset.Partners);
/// shard.AddRange(myParticipants);
/// string json = shard.ToState().ToJson();
///
/// // elsewhere
/// var total = GroupedReportAccumulator.ByPartner(new ReportOptions(Segment.Company), dataset.Partners);
/// GroupedAccumulatorState state = GroupedAccumulatorState.FromJson(json).GetValueOrThrow();
/// total.Merge(GroupedReportAccumulator.FromState(state, p => p.Partner));
/// </code>
/// </example>
public sealed record GroupedAccumulatorState
{
    /// <summary>The <c>format</c> value of the grouped state JSON.</summary>
    public const string FormatName = "durable-employability/grouped-accumulator-state";

    /// <summary>The <c>version</c> of the grouped state JSON this release writes and reads.</summary>
    public const int CurrentVersion = 1;

    internal GroupedAccumulatorState(string by, ValueArray<string> declaredKeys, AccumulatorState overall, ValueArray<AccumulatorState> groups)
    {
        By = by;
        DeclaredKeys = declaredKeys;
        Overall = overall;
        Groups = groups;
    }

    /// <summary>Gets what the groups are (<c>group.by</c>).</summary>
    public string By { get; }

    /// <summary>Gets the declared group keys, in their report order.</summary>
    public ValueArray<string> DeclaredKeys { get; }

    /// <summary>Gets the state of the overall report.</summary>
    public AccumulatorState Overall { get; }

    /// <summary>Gets the state of every group (declared keys first, in order; then the others in ordinal order of key).</summary>
    public ValueArray<AccumulatorState> Groups { get; }

    /// <summary>Reads a grouped state from its JSON form.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <returns>The state, or the problems that prevented reading it.</returns>
    public static ReportReadResult<GroupedAccumulatorState> FromJson(ReadOnlySpan<byte> utf8Json) => ReportStateJson.ReadGrouped(utf8Json);

    /// <summary>Reads a grouped state from its JSON form.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The state, or the problems that prevented reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReportReadResult<GroupedAccumulatorState> FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReportStateJson.ReadGrouped(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Returns the JSON form of the state (deterministic bytes, invariant culture).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => System.Text.Encoding.UTF8.GetString(ReportStateJson.WriteGrouped(this));
}
