using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Aggregation;

/// <summary>
/// An immutable batch of participants reduced to the fields the report counts, 32 bytes each (plus one byte per
/// improvement action), for bulk aggregation with <see cref="BulkAggregator"/>.
/// </summary>
/// <remarks>
/// <para>
/// A batch carries every table of the <see cref="Report"/>: aggregating it gives exactly the report (and the
/// accumulator state) that <see cref="ReportAccumulator"/> gives for the same participants, for either segment, and
/// per partner. It does not carry ids, dates, sub-sectors, mottos, notes or extensions, so it cannot be turned back
/// into participants. Order does not matter to any report: a batch stores its records grouped by partner and
/// segment (in the order added within each group), so that aggregation reads each group as one run.
/// </para>
/// <para>Build one with <see cref="From(IEnumerable{Participant})"/>, a <see cref="CompactBatchBuilder"/>, or
/// <c>CohortGenerator.CreateCompact</c>. Instances are immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// CompactBatch batch = CompactBatch.From(dataset.Participants);
/// Report report = BulkAggregator.Aggregate(batch, new ReportOptions(Segment.Company)).ToReport();
/// </code>
/// </example>
public sealed class CompactBatch
{
    private readonly CompactRecord[] records;
    private readonly byte[] actionCodes;

    internal CompactBatch(CompactRecord[] records, byte[] actionCodes, ImmutableArray<string> partnerCodes, ImmutableArray<string> sectors, int[] keyStarts)
    {
        this.records = records;
        KeyStarts = keyStarts;
        this.actionCodes = actionCodes;
        PartnerCodes = partnerCodes;
        Sectors = sectors;
    }

    /// <summary>Gets an empty batch.</summary>
    public static CompactBatch Empty { get; } = new([], [], [], [], [0, 0, 0]);

    /// <summary>Gets the number of participants in the batch.</summary>
    public int Count => records.Length;

    /// <summary>Gets the distinct partner codes of the batch, in order of first appearance.</summary>
    public ImmutableArray<string> PartnerCodes { get; }

    /// <summary>Gets the distinct non-empty sectors of the batch, in order of first appearance.</summary>
    public ImmutableArray<string> Sectors { get; }

    /// <summary>Gets the number of bytes the participants take in memory (records and action codes, without the small key tables).</summary>
    public long SizeInBytes => ((long)records.Length * Unsafe.SizeOf<CompactRecord>()) + actionCodes.Length;

    internal ReadOnlySpan<CompactRecord> Records => records;

    /// <summary>
    /// Gets where each run starts: the records of partner slot <c>p</c> (0 = none, else 1 + the index in
    /// <see cref="PartnerCodes"/>) and segment <c>s</c> (0 company, 1 self-employed) are
    /// <c>KeyStarts[2p + s]</c> … <c>KeyStarts[2p + s + 1]</c> − 1, their actions contiguous too.
    /// </summary>
    internal int[] KeyStarts { get; }

    internal ReadOnlySpan<byte> ActionCodes => actionCodes;

    /// <summary>Builds a batch from participants, enumerating them once.</summary>
    /// <param name="participants">The participants.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The participants exceed a batch's limits (see <see cref="CompactBatchBuilder"/>).</exception>
    public static CompactBatch From(IEnumerable<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var builder = new CompactBatchBuilder(participants is IReadOnlyCollection<Participant> collection ? collection.Count : 1024);
        builder.AddRange(participants);
        return builder.ToBatch();
    }

    /// <summary>Builds a batch from participants.</summary>
    /// <param name="participants">The participants.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException">A participant is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The participants exceed a batch's limits (see <see cref="CompactBatchBuilder"/>).</exception>
    public static CompactBatch From(ReadOnlySpan<Participant> participants)
    {
        var builder = new CompactBatchBuilder(participants.Length);
        builder.Add(participants);
        return builder.ToBatch();
    }

    /// <summary>Returns the end (exclusive) of the action codes of record <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int ActionEnd(int index) => index + 1 < records.Length ? records[index + 1].ActionStart : actionCodes.Length;
}
