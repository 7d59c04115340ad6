using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Aggregation;

/// <summary>
/// Aggregates a <see cref="CompactBatch"/> in one pass per core into the same accumulators, and so the same reports,
/// as <see cref="ReportAccumulator"/> and <see cref="GroupedReportAccumulator"/> give for the same participants.
/// </summary>
/// <remarks>
/// <para>
/// Each worker takes a contiguous slice of the batch and counts packed fields into small histograms (32-bit cells,
/// which fit in the caches): the typology pair, the aspect mask, approach masks, continuation with satisfaction and
/// grade, share bands, the size class, the sector, each action code, and for each statement scale the joint
/// histogram of every pair of two-item rating patterns (36 × 36 cells, a second half for participants who rated every
/// item). No per-participant allocation, branching is limited to the segment and completeness test, and every table's
/// counters (including the item-pair sums behind correlations and Cronbach's α) are derived exactly from the
/// histograms once, after the workers' histograms are summed.
/// </para>
/// <para>
/// The result is an ordinary accumulator: merge it with others, serialize its state, or build its report. Missing
/// and incomplete values count as in <see cref="ReportAccumulator"/>; results are unrounded. All members are
/// thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// CompactBatch batch = new CohortGenerator(seed: 42).CreateCompact(10_000_000);
/// Report report = BulkAggregator.Aggregate(batch, new ReportOptions(Segment.Company)).ToReport();
/// BreakdownReport byPartner = BulkAggregator.AggregateByPartner(batch, new ReportOptions(Segment.Company), Phase1Reconstruction.Partners).ToReport();
/// </code>
/// </example>
public static class BulkAggregator
{
    private const int Chunk = 1 << 16;
    private const int MinPerWorker = 1 << 15;

    /// <summary>Aggregates a batch into one accumulator.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="options">What to aggregate.</param>
    /// <param name="maxDegreeOfParallelism">The number of cores to use, or −1 for all (<see cref="Environment.ProcessorCount"/>).</param>
    /// <param name="progress">Receives the number of participants processed so far; optional.</param>
    /// <param name="cancellationToken">Cancels the aggregation.</param>
    /// <returns>The accumulator, equal to one that added the same participants.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ReportAccumulator Aggregate(CompactBatch batch, ReportOptions options, int maxDegreeOfParallelism = -1, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(options);
        BulkLayout layout = BulkLayout.For(options.Segment, options.SizeClasses);
        uint[]?[] totals = Run(batch, layout, byPartner: false, maxDegreeOfParallelism, progress, cancellationToken);
        var accumulator = new ReportAccumulator(options);
        if (totals[0] is { } cells)
        {
            Derive(layout, cells, batch, accumulator);
        }

        return accumulator;
    }

    /// <summary>Aggregates a batch into an overall accumulator and one per partner.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="options">What to aggregate.</param>
    /// <param name="partners">The dataset's partners, in the order of its <c>partners</c> array (see <see cref="GroupedReportAccumulator.ByPartner"/>).</param>
    /// <param name="maxDegreeOfParallelism">The number of cores to use, or −1 for all (<see cref="Environment.ProcessorCount"/>).</param>
    /// <param name="progress">Receives the number of participants processed so far; optional.</param>
    /// <param name="cancellationToken">Cancels the aggregation.</param>
    /// <returns>The grouped accumulator, equal to <see cref="GroupedReportAccumulator.ByPartner"/> after adding the same participants.</returns>
    /// <exception cref="ArgumentNullException">An argument or a partner is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A partner code is repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GroupedReportAccumulator AggregateByPartner(CompactBatch batch, ReportOptions options, IEnumerable<Partner> partners, int maxDegreeOfParallelism = -1, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(options);
        GroupedReportAccumulator grouped = GroupedReportAccumulator.ByPartner(options, partners);
        BulkLayout layout = BulkLayout.For(options.Segment, options.SizeClasses);
        uint[]?[] totals = Run(batch, layout, byPartner: true, maxDegreeOfParallelism, progress, cancellationToken);
        for (int key = 0; key < totals.Length; key++)
        {
            if (totals[key] is not { } cells)
            {
                continue;
            }

            var accumulator = new ReportAccumulator(grouped.Options);
            Derive(layout, cells, batch, accumulator);
            grouped.MergePart(key == 0 ? null : batch.PartnerCodes[key - 1], accumulator);
        }

        return grouped;
    }

    private static uint[]?[] Run(CompactBatch batch, BulkLayout layout, bool byPartner, int maxDegreeOfParallelism, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Expected −1 (all cores) or a positive number.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        int count = batch.Count;
        int keys = byPartner ? batch.PartnerCodes.Length + 1 : 1;
        int degree = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        int workers = (int)Math.Clamp((count + (long)MinPerWorker - 1) / MinPerWorker, 1, degree);
        var parts = new Worker[workers];
        long processed = 0;
        if (workers == 1)
        {
            parts[0] = new Worker(layout, batch, keys, byPartner);
            parts[0].Run(0, count, progress, ref processed, cancellationToken);
        }
        else
        {
            // One contiguous slice of the batch per core: each worker counts the runs (partner, segment) that meet
            // its slice, into histograms of its own, summed at the end.
            Parallel.For(
                0,
                workers,
                new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
                w =>
                {
                    int start = (int)((long)count * w / workers);
                    int end = (int)((long)count * (w + 1) / workers);
                    var worker = new Worker(layout, batch, keys, byPartner);
                    worker.Run(start, end, progress, ref processed, cancellationToken);
                    parts[w] = worker;
                });
        }

        var totals = new uint[]?[keys];
        int sectorSlots = batch.Sectors.Length + 1;
        foreach (Worker worker in parts)
        {
            for (int key = 0; key < keys; key++)
            {
                if (worker.Cells[key] is not { } cells)
                {
                    continue;
                }

                uint[] total = totals[key] ??= new uint[layout.Length + sectorSlots];
                for (int i = 0; i < cells.Length; i++)
                {
                    total[i] = unchecked(total[i] + cells[i]); // at most batch.Count ≤ int.MaxValue per cell
                }
            }
        }

        return totals;
    }

    /// <summary>Derives the counters and sectors of an accumulator from summed histograms (layout cells, then one per sector slot).</summary>
    private static void Derive(BulkLayout layout, uint[] cells, CompactBatch batch, ReportAccumulator accumulator)
    {
        long[] c = accumulator.Counters;
        BulkCounting.Derive(layout, cells.AsSpan(0, layout.Length), c);
        c[layout.Counters.SectorsUnanswered] += cells[layout.Length];
        System.Collections.Generic.Dictionary<string, long> sectors = accumulator.Sectors;
        for (int i = 1; i <= batch.Sectors.Length; i++)
        {
            if (cells[layout.Length + i] is var n and > 0)
            {
                sectors[batch.Sectors[i - 1]] = n;
            }
        }
    }

    /// <summary>One worker's histograms, per key (one key, or one per partner slot), created when first needed.</summary>
    private sealed class Worker
    {
        private readonly BulkLayout layout;
        private readonly CompactBatch batch;
        private readonly bool byPartner;

        internal Worker(BulkLayout layout, CompactBatch batch, int keys, bool byPartner)
        {
            this.layout = layout;
            this.batch = batch;
            this.byPartner = byPartner;
            Cells = new uint[]?[keys];
        }

        internal uint[]?[] Cells { get; }

        /// <summary>Counts the segment's records among <paramref name="start"/> … <paramref name="end"/> − 1, run by run.</summary>
        internal void Run(int start, int end, IProgress<long>? progress, ref long processed, CancellationToken cancellationToken)
        {
            int[] keyStarts = batch.KeyStarts;
            int segment = layout.Segment == Segment.SelfEmployed ? 1 : 0;
            int counted = 0;
            for (int slot = 0; 2 * slot < keyStarts.Length - 1; slot++)
            {
                int from = Math.Max(start, keyStarts[(2 * slot) + segment]);
                int to = Math.Min(end, keyStarts[(2 * slot) + segment + 1]);
                if (from >= to)
                {
                    continue;
                }

                uint[] cells = CellsFor(byPartner ? slot : 0);
                for (int at = from; at < to; at += Chunk)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int stop = Math.Min(to, at + Chunk);
                    CountRun(cells, at, stop);
                    counted += stop - at;
                    long total = Interlocked.Add(ref processed, stop - at);
                    progress?.Report(total);
                }
            }

            if (end - start > counted)
            {
                // The other segment's records of the slice: passed over, but processed all the same.
                long total = Interlocked.Add(ref processed, end - start - counted);
                progress?.Report(total);
            }
        }

        private uint[] CellsFor(int key) => Cells[key] ??= new uint[layout.Length + batch.Sectors.Length + 1];

        /// <summary>Counts records <paramref name="from"/> … <paramref name="to"/> − 1 (one run: one key and the segment) into <paramref name="cells"/>.</summary>
        private void CountRun(uint[] cells, int from, int to)
        {
            BulkLayout b = layout;
            ReadOnlySpan<CompactRecord> records = batch.Records;
            ReadOnlySpan<byte> actions = batch.ActionCodes;
            int incomplete = 0, sectors = b.Length, actionCells = b.Actions;
            ref uint c = ref MemoryMarshal.GetArrayDataReference(cells);
            unchecked
            {
                for (int r = from; r < to; r++)
                {
                    ref readonly CompactRecord record = ref records[r];
                    if ((record.Answers & CompactRecord.CompleteBit) == 0)
                    {
                        incomplete++;
                        continue;
                    }

                    BulkCounting.CountRecord(ref c, in record, b);
                    Unsafe.Add(ref c, sectors + record.Sector)++;
                }

                Unsafe.Add(ref c, b.Incomplete) += (uint)incomplete;

                // A run's actions are contiguous (an incomplete record has none): one pass over the codes.
                int actionStart = records[from].ActionStart;
                int actionEnd = to < records.Length ? records[to].ActionStart : actions.Length;
                ref byte code = ref MemoryMarshal.GetReference(actions);
                for (int i = actionStart; i < actionEnd; i++)
                {
                    Unsafe.Add(ref c, actionCells + Unsafe.Add(ref code, i))++;
                }
            }
        }
    }
}
