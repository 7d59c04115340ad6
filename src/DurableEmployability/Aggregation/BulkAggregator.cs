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
        long[]?[] totals = Run(batch, layout, byPartner: false, maxDegreeOfParallelism, progress, cancellationToken);
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
        long[]?[] totals = Run(batch, layout, byPartner: true, maxDegreeOfParallelism, progress, cancellationToken);
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

    private static long[]?[] Run(CompactBatch batch, BulkLayout layout, bool byPartner, int maxDegreeOfParallelism, IProgress<long>? progress, CancellationToken cancellationToken)
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

        var totals = new long[]?[keys];
        int sectorSlots = batch.Sectors.Length + 1;
        foreach (Worker worker in parts)
        {
            for (int key = 0; key < keys; key++)
            {
                if (worker.Cells[key] is not { } cells)
                {
                    continue;
                }

                long[] total = totals[key] ??= new long[layout.Length + sectorSlots];
                for (int i = 0; i < cells.Length; i++)
                {
                    total[i] += cells[i];
                }
            }
        }

        return totals;
    }

    /// <summary>Derives the report counters from summed histograms (layout cells, then one cell per sector slot).</summary>
    private static void Derive(BulkLayout b, long[] t, CompactBatch batch, ReportAccumulator accumulator)
    {
        CounterLayout l = b.Counters;
        long[] c = accumulator.Counters;
        c[l.Incomplete] = t[b.Incomplete];
        const int steps = CounterLayout.Steps;
        for (int start = 0; start < steps; start++)
        {
            for (int end = 0; end < steps; end++)
            {
                long n = t[b.Typology + (start * steps) + end];
                c[l.Complete] += n;
                c[l.TypologyStart + start] += n;
                c[l.TypologyEnd + end] += n;
                c[l.Transitions + (start * steps) + end] += n;
            }
        }

        int aspects = l.Catalog.Aspects.Count;
        for (int mask = 0; mask < 1 << 5; mask++)
        {
            long n = t[b.Aspects + mask];
            for (int i = 0; i < aspects; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    c[l.Aspects + i] += n;
                }
            }
        }

        for (int mask = 0; mask < CounterLayout.DiagnosisMasks; mask++)
        {
            c[l.Diagnosis + mask] = t[b.Diagnosis + mask];
        }

        for (int v = 0; v < 1 << 11; v++)
        {
            long n = t[b.PresentationExecution + v];
            c[l.Presentation + (v & 0x1F)] += n;
            c[l.Execution + (v >> 5)] += n;
        }

        for (int v = 0; v < 1 << 10; v++)
        {
            long n = t[b.ContinuationSatisfaction + v];
            if (n == 0)
            {
                continue;
            }

            int satisfactionGrade = v & 0x3F, state = v >> 6;
            c[l.Satisfaction + (satisfactionGrade / 11)] += n;
            c[l.Grades + (satisfactionGrade % 11)] += n;
            int k = l.Continuation;
            if (state == 0)
            {
                c[k + 2] += n;
            }
            else if (state == 1)
            {
                c[k + 1] += n;
            }
            else
            {
                int form = (state - 2) / 3, support = (state - 2) % 3;
                c[k] += n;
                c[k + (form == 0 ? 5 : 2 + form)] += n;
                c[k + (support == 0 ? 8 : 5 + support)] += n;
            }
        }

        for (int v = 0; v < 1 << 6; v++)
        {
            long n = t[b.PermanentMen + v];
            c[l.PermanentContracts + (v & 7)] += n;
            c[l.Men + (v >> 3)] += n;
        }

        Bands(t, b.Ages, c, l.AgeGroups, 0, 3);
        Bands(t, b.EducationLow, c, l.EducationLevels, 0, 3);
        Bands(t, b.EducationHigh, c, l.EducationLevels, 3, 2);
        for (int i = 0; i <= l.SizeClasses.Count; i++)
        {
            c[l.SizeClassCounts + i] = t[b.SizeClasses + i];
        }

        for (int i = 0; i < l.Catalog.Indicators.Count * 3; i++)
        {
            c[l.Actions + i] = t[b.Actions + i];
        }

        Scale(l.Opportunities, b.OpportunityGroups, t, b.OpportunityPairs, c);
        Scale(l.Obstacles, b.ObstacleGroups, t, b.ObstaclePairs, c);

        c[l.SectorsUnanswered] = t[b.Length];
        Dictionary<string, long> sectors = accumulator.Sectors;
        for (int i = 1; i <= batch.Sectors.Length; i++)
        {
            if (t[b.Length + i] is var n and > 0)
            {
                sectors[batch.Sectors[i - 1]] = n;
            }
        }
    }

    private static void Bands(long[] t, int source, long[] c, int target, int firstGroup, int groups)
    {
        for (int v = 0; v < 1 << (3 * groups); v++)
        {
            long n = t[source + v];
            if (n == 0)
            {
                continue;
            }

            for (int g = 0; g < groups; g++)
            {
                c[target + ((firstGroup + g) * CounterLayout.BandSlots) + ((v >> (3 * g)) & 7)] += n;
            }
        }
    }

    private static void Scale(CounterLayout.ScaleLayout s, int groups, long[] t, int offset, long[] c)
    {
        int k = s.K;
        Span<int> x = stackalloc int[4];
        Span<int> item = stackalloc int[4];
        for (int a = 0; a < groups; a++)
        {
            for (int bg = a + 1; bg < groups; bg++)
            {
                int table = offset + (BulkLayout.PairIndex(a, bg, groups) * BulkLayout.PairTable);
                bool ownsA = Designated(a) == (a, bg);
                bool ownsB = Designated(bg) == (a, bg);
                for (int half = 0; half < 2; half++)
                {
                    bool listwise = half == 1;
                    for (int cell = 0; cell < BulkLayout.PairCells; cell++)
                    {
                        long n = t[table + (half * BulkLayout.PairCells) + cell];
                        if (n == 0)
                        {
                            continue;
                        }

                        int pa = cell / BulkLayout.PatternCount, pb = cell % BulkLayout.PatternCount;
                        x[0] = pa % 6;
                        x[1] = pa / 6;
                        x[2] = pb % 6;
                        x[3] = pb / 6;
                        item[0] = 2 * a;
                        item[1] = (2 * a) + 1;
                        item[2] = 2 * bg;
                        item[3] = (2 * bg) + 1;
                        if (listwise && a == 0 && bg == 1)
                        {
                            c[s.ListwiseCount] += n;
                        }

                        for (int u = 0; u < 4; u++)
                        {
                            int i = item[u];
                            if (i >= k)
                            {
                                continue;
                            }

                            bool ownU = u < 2 ? ownsA : ownsB;
                            for (int v = 0; v < 4; v++)
                            {
                                int j = item[v];
                                if (j >= k)
                                {
                                    continue;
                                }

                                bool cross = (u < 2) != (v < 2);
                                if (!cross && !ownU)
                                {
                                    continue;
                                }

                                // Every ordered item pair (i, j) is visited exactly once over all tables.
                                if (x[u] != 0 && x[v] != 0)
                                {
                                    int cellIndex = (i * k) + j;
                                    c[s.PairCounts + cellIndex] += n;
                                    c[s.PairSums + cellIndex] += x[u] * n;
                                    c[s.PairSquares + cellIndex] += x[u] * x[u] * n;
                                    c[s.PairCross + cellIndex] += x[u] * x[v] * n;
                                }

                                if (listwise && i <= j)
                                {
                                    c[s.ListwiseCross + Packed(i, j, k)] += x[u] * x[v] * n;
                                }
                            }

                            if (ownU)
                            {
                                c[s.Counts + (i * 6) + x[u]] += n;
                                if (listwise)
                                {
                                    c[s.ListwiseSums + i] += x[u] * n;
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>The pair table from which the pairs within group <paramref name="g"/> are taken.</summary>
    private static (int, int) Designated(int g) => g == 0 ? (0, 1) : (0, g);

    private static int Packed(int i, int j, int k) => (i * k) - (i * (i - 1) / 2) + (j - i);

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

        internal void Run(int start, int end, IProgress<long>? progress, ref long processed, CancellationToken cancellationToken)
        {
            for (int from = start; from < end; from += Chunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int to = Math.Min(end, from + Chunk);
                Count(from, to);
                long total = Interlocked.Add(ref processed, to - from);
                progress?.Report(total);
            }
        }

        private uint[] CellsFor(int key) => Cells[key] ??= new uint[layout.Length + batch.Sectors.Length + 1];

        private void Count(int from, int to)
        {
            BulkLayout b = layout;
            ReadOnlySpan<CompactRecord> records = batch.Records;
            ReadOnlySpan<byte> actions = batch.ActionCodes;
            uint selfEmployed = b.Segment == Segment.SelfEmployed ? (uint)CompactRecord.SelfEmployedBit : 0u;
            int sectorBase = b.Length;
            int oppGroups = b.OpportunityGroups, obsGroups = b.ObstacleGroups;
            uint[] single = byPartner ? [] : CellsFor(0);
            unchecked
            {
                for (int r = from; r < to; r++)
                {
                    ref readonly CompactRecord record = ref records[r];
                    uint answers = record.Answers;
                    if ((answers & CompactRecord.SelfEmployedBit) != selfEmployed)
                    {
                        continue;
                    }

                    uint[] c = byPartner ? CellsFor(record.Partner) : single;
                    if ((answers & CompactRecord.CompleteBit) == 0)
                    {
                        c[b.Incomplete]++;
                        continue;
                    }

                    c[b.Typology + record.Typology]++;
                    c[b.Aspects + (record.Aspects & 0x1F)]++;
                    c[b.Diagnosis + (int)(answers & 0x7F)]++;
                    c[b.PresentationExecution + (int)((answers >> 7) & 0x7FF)]++;
                    c[b.ContinuationSatisfaction + (int)((answers >> 18) & 0x3FF)]++;
                    uint profile = record.Profile;
                    c[b.PermanentMen + (int)(profile & 0x3F)]++;
                    c[b.Ages + (int)((profile >> 6) & 0x1FF)]++;
                    c[b.EducationLow + (int)((profile >> 15) & 0x1FF)]++;
                    c[b.EducationHigh + (int)((profile >> 24) & 0x3F)]++;
                    c[b.SizeClasses + b.SizeSlot(record.Headcount)]++;
                    c[sectorBase + record.Sector]++;

                    int actionEnd = r + 1 < records.Length ? records[r + 1].ActionStart : actions.Length;
                    for (int i = record.ActionStart; i < actionEnd; i++)
                    {
                        c[b.Actions + actions[i]]++;
                    }

                    ReadOnlySpan<byte> o = record.Opportunities;
                    ref uint opp = ref c[b.OpportunityPairs + ((answers & CompactRecord.OpportunitiesListwiseBit) != 0 ? BulkLayout.PairCells : 0)];
                    Pairs(ref opp, o, oppGroups);
                    ReadOnlySpan<byte> ob = record.Obstacles;
                    ref uint obs = ref c[b.ObstaclePairs + ((answers & CompactRecord.ObstaclesListwiseBit) != 0 ? BulkLayout.PairCells : 0)];
                    Pairs(ref obs, ob, obsGroups);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Pairs(ref uint tables, ReadOnlySpan<byte> patterns, int groups)
        {
            int table = 0;
            for (int a = 0; a < groups; a++)
            {
                int row = patterns[a] * BulkLayout.PatternCount;
                for (int bg = a + 1; bg < groups; bg++)
                {
                    unchecked
                    {
                        Unsafe.Add(ref tables, table + row + patterns[bg])++;
                    }

                    table += BulkLayout.PairTable;
                }
            }
        }
    }
}
