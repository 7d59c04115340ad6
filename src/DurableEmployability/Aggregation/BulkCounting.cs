using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DurableEmployability.Aggregation;

/// <summary>
/// Counting a <see cref="CompactRecord"/> into the histograms of a <see cref="BulkLayout"/>, and deriving the report's
/// counters (<see cref="CounterLayout"/>) from those histograms exactly.
/// </summary>
internal static class BulkCounting
{
    /// <summary>Counts the scored fields of a complete record (all but its actions and sector) into <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CountRecord(ref uint c, in CompactRecord record, BulkLayout b)
    {
        unchecked
        {
            uint answers = record.Answers;
            Unsafe.Add(ref c, b.Typology + record.Typology)++;
            Unsafe.Add(ref c, b.Aspects + (record.Aspects & 0x1F))++;
            Unsafe.Add(ref c, b.Diagnosis + (int)(answers & 0x7F))++;
            Unsafe.Add(ref c, b.PresentationExecution + (int)((answers >> 7) & 0x7FF))++;
            Unsafe.Add(ref c, b.ContinuationSatisfaction + (int)((answers >> 18) & 0x3FF))++;
            uint profile = record.Profile;
            Unsafe.Add(ref c, b.PermanentMen + (int)(profile & 0x3F))++;
            Unsafe.Add(ref c, b.Ages + (int)((profile >> 6) & 0x1FF))++;
            Unsafe.Add(ref c, b.EducationLow + (int)((profile >> 15) & 0x1FF))++;
            Unsafe.Add(ref c, b.EducationHigh + (int)((profile >> 24) & 0x3F))++;
            int headcount = record.Headcount;
            Unsafe.Add(ref c, b.SizeClasses + ((uint)headcount < BulkLayout.SizeLookup ? b.SizeClassOfSmall[headcount] : b.SizeSlot(headcount)))++;
            int opportunityHalf = (answers & CompactRecord.OpportunitiesListwiseBit) != 0 ? BulkLayout.PairCells : 0;
            Pairs(ref Unsafe.Add(ref c, b.OpportunityPairs + opportunityHalf), record.Opportunities, b.OpportunityGroups);
            int obstacleHalf = (answers & CompactRecord.ObstaclesListwiseBit) != 0 ? BulkLayout.PairCells : 0;
            Pairs(ref Unsafe.Add(ref c, b.ObstaclePairs + obstacleHalf), record.Obstacles, b.ObstacleGroups);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pairs(ref uint tables, ReadOnlySpan<byte> patterns, int groups)
    {
        ref byte start = ref MemoryMarshal.GetReference(patterns);
        switch (groups)
        {
            case 3:
                Pairs3(ref tables, ref start);
                return;
            case 4:
                Pairs4(ref tables, ref start);
                return;
            case 5:
                Pairs5(ref tables, ref start);
                return;
            case 6:
                Pairs6(ref tables, ref start);
                return;
            default:
                PairsLoop(ref tables, patterns, groups);
                return;
        }
    }

    /// <summary>The pair histograms of 3 groups, unrolled: 3 increments at fixed table offsets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pairs3(ref uint tables, ref byte p)
    {
        unchecked
        {
            int r0 = Unsafe.Add(ref p, 0) * BulkLayout.PatternCount;
            int r1 = Unsafe.Add(ref p, 1) * BulkLayout.PatternCount;
            int p1 = Unsafe.Add(ref p, 1);
            int p2 = Unsafe.Add(ref p, 2);
            Unsafe.Add(ref tables, (0 * BulkLayout.PairTable) + r0 + p1)++;
            Unsafe.Add(ref tables, (1 * BulkLayout.PairTable) + r0 + p2)++;
            Unsafe.Add(ref tables, (2 * BulkLayout.PairTable) + r1 + p2)++;
        }
    }

    /// <summary>The pair histograms of 4 groups, unrolled: 6 increments at fixed table offsets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pairs4(ref uint tables, ref byte p)
    {
        unchecked
        {
            int r0 = Unsafe.Add(ref p, 0) * BulkLayout.PatternCount;
            int r1 = Unsafe.Add(ref p, 1) * BulkLayout.PatternCount;
            int r2 = Unsafe.Add(ref p, 2) * BulkLayout.PatternCount;
            int p1 = Unsafe.Add(ref p, 1);
            int p2 = Unsafe.Add(ref p, 2);
            int p3 = Unsafe.Add(ref p, 3);
            Unsafe.Add(ref tables, (0 * BulkLayout.PairTable) + r0 + p1)++;
            Unsafe.Add(ref tables, (1 * BulkLayout.PairTable) + r0 + p2)++;
            Unsafe.Add(ref tables, (2 * BulkLayout.PairTable) + r0 + p3)++;
            Unsafe.Add(ref tables, (3 * BulkLayout.PairTable) + r1 + p2)++;
            Unsafe.Add(ref tables, (4 * BulkLayout.PairTable) + r1 + p3)++;
            Unsafe.Add(ref tables, (5 * BulkLayout.PairTable) + r2 + p3)++;
        }
    }

    /// <summary>The pair histograms of 5 groups, unrolled: 10 increments at fixed table offsets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pairs5(ref uint tables, ref byte p)
    {
        unchecked
        {
            int r0 = Unsafe.Add(ref p, 0) * BulkLayout.PatternCount;
            int r1 = Unsafe.Add(ref p, 1) * BulkLayout.PatternCount;
            int r2 = Unsafe.Add(ref p, 2) * BulkLayout.PatternCount;
            int r3 = Unsafe.Add(ref p, 3) * BulkLayout.PatternCount;
            int p1 = Unsafe.Add(ref p, 1);
            int p2 = Unsafe.Add(ref p, 2);
            int p3 = Unsafe.Add(ref p, 3);
            int p4 = Unsafe.Add(ref p, 4);
            Unsafe.Add(ref tables, (0 * BulkLayout.PairTable) + r0 + p1)++;
            Unsafe.Add(ref tables, (1 * BulkLayout.PairTable) + r0 + p2)++;
            Unsafe.Add(ref tables, (2 * BulkLayout.PairTable) + r0 + p3)++;
            Unsafe.Add(ref tables, (3 * BulkLayout.PairTable) + r0 + p4)++;
            Unsafe.Add(ref tables, (4 * BulkLayout.PairTable) + r1 + p2)++;
            Unsafe.Add(ref tables, (5 * BulkLayout.PairTable) + r1 + p3)++;
            Unsafe.Add(ref tables, (6 * BulkLayout.PairTable) + r1 + p4)++;
            Unsafe.Add(ref tables, (7 * BulkLayout.PairTable) + r2 + p3)++;
            Unsafe.Add(ref tables, (8 * BulkLayout.PairTable) + r2 + p4)++;
            Unsafe.Add(ref tables, (9 * BulkLayout.PairTable) + r3 + p4)++;
        }
    }

    /// <summary>The pair histograms of 6 groups, unrolled: 15 increments at fixed table offsets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pairs6(ref uint tables, ref byte p)
    {
        unchecked
        {
            int r0 = Unsafe.Add(ref p, 0) * BulkLayout.PatternCount;
            int r1 = Unsafe.Add(ref p, 1) * BulkLayout.PatternCount;
            int r2 = Unsafe.Add(ref p, 2) * BulkLayout.PatternCount;
            int r3 = Unsafe.Add(ref p, 3) * BulkLayout.PatternCount;
            int r4 = Unsafe.Add(ref p, 4) * BulkLayout.PatternCount;
            int p1 = Unsafe.Add(ref p, 1);
            int p2 = Unsafe.Add(ref p, 2);
            int p3 = Unsafe.Add(ref p, 3);
            int p4 = Unsafe.Add(ref p, 4);
            int p5 = Unsafe.Add(ref p, 5);
            Unsafe.Add(ref tables, (0 * BulkLayout.PairTable) + r0 + p1)++;
            Unsafe.Add(ref tables, (1 * BulkLayout.PairTable) + r0 + p2)++;
            Unsafe.Add(ref tables, (2 * BulkLayout.PairTable) + r0 + p3)++;
            Unsafe.Add(ref tables, (3 * BulkLayout.PairTable) + r0 + p4)++;
            Unsafe.Add(ref tables, (4 * BulkLayout.PairTable) + r0 + p5)++;
            Unsafe.Add(ref tables, (5 * BulkLayout.PairTable) + r1 + p2)++;
            Unsafe.Add(ref tables, (6 * BulkLayout.PairTable) + r1 + p3)++;
            Unsafe.Add(ref tables, (7 * BulkLayout.PairTable) + r1 + p4)++;
            Unsafe.Add(ref tables, (8 * BulkLayout.PairTable) + r1 + p5)++;
            Unsafe.Add(ref tables, (9 * BulkLayout.PairTable) + r2 + p3)++;
            Unsafe.Add(ref tables, (10 * BulkLayout.PairTable) + r2 + p4)++;
            Unsafe.Add(ref tables, (11 * BulkLayout.PairTable) + r2 + p5)++;
            Unsafe.Add(ref tables, (12 * BulkLayout.PairTable) + r3 + p4)++;
            Unsafe.Add(ref tables, (13 * BulkLayout.PairTable) + r3 + p5)++;
            Unsafe.Add(ref tables, (14 * BulkLayout.PairTable) + r4 + p5)++;
        }
    }

    private static void PairsLoop(ref uint tables, ReadOnlySpan<byte> patterns, int groups)
    {
        unchecked
        {
            ref byte p = ref MemoryMarshal.GetReference(patterns);
            int table = 0;
            for (int a = 0; a < groups; a++)
            {
                int row = Unsafe.Add(ref p, a) * BulkLayout.PatternCount;
                for (int bg = a + 1; bg < groups; bg++)
                {
                    Unsafe.Add(ref tables, table + row + Unsafe.Add(ref p, bg))++;
                    table += BulkLayout.PairTable;
                }
            }
        }
    }

    /// <summary>Derives the report counters from summed histograms (layout cells, then one cell per sector slot).</summary>
    internal static void Derive(BulkLayout b, ReadOnlySpan<uint> t, long[] c)
    {
        CounterLayout l = b.Counters;
        c[l.Incomplete] += t[b.Incomplete];
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
            c[l.Diagnosis + mask] += t[b.Diagnosis + mask];
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
            c[l.SizeClassCounts + i] += t[b.SizeClasses + i];
        }

        for (int i = 0; i < l.Catalog.Indicators.Count * 3; i++)
        {
            c[l.Actions + i] += t[b.Actions + i];
        }

        Scale(l.Opportunities, b.OpportunityGroups, t, b.OpportunityPairs, c);
        Scale(l.Obstacles, b.ObstacleGroups, t, b.ObstaclePairs, c);
    }

    private static void Bands(ReadOnlySpan<uint> t, int source, long[] c, int target, int firstGroup, int groups)
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

    private static void Scale(CounterLayout.ScaleLayout s, int groups, ReadOnlySpan<uint> t, int offset, long[] c)
    {
        // Per pair table and half: first the joint histograms of every item pair the table holds (6 × 6 cells each:
        // the four cross pairs, then the pair within each group), then the counters of each item pair from those.
        const int Joint = 36;
        Span<long> joints = stackalloc long[6 * Joint];
        unchecked
        {
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
                        joints.Clear();
                        long total = 0;
                        ReadOnlySpan<uint> cells = t.Slice(table + (half * BulkLayout.PairCells), BulkLayout.PairCells);
                        for (int pa = 0; pa < BulkLayout.PatternCount; pa++)
                        {
                            int a0 = pa % 6, a1 = pa / 6;
                            for (int pb = 0; pb < BulkLayout.PatternCount; pb++)
                            {
                                long n = cells[(pa * BulkLayout.PatternCount) + pb];
                                if (n == 0)
                                {
                                    continue;
                                }

                                int b0 = pb % 6, b1 = pb / 6;
                                joints[(a0 * 6) + b0] += n;
                                joints[Joint + (a0 * 6) + b1] += n;
                                joints[(2 * Joint) + (a1 * 6) + b0] += n;
                                joints[(3 * Joint) + (a1 * 6) + b1] += n;
                                joints[(4 * Joint) + (a0 * 6) + a1] += n;
                                joints[(5 * Joint) + (b0 * 6) + b1] += n;
                                total += n;
                            }
                        }

                        if (listwise && a == 0 && bg == 1)
                        {
                            c[s.ListwiseCount] += total;
                        }

                        int i0 = 2 * a, i1 = (2 * a) + 1, j0 = 2 * bg, j1 = (2 * bg) + 1;
                        Cross(s, c, i0, j0, joints[..Joint], listwise);
                        Cross(s, c, i0, j1, joints.Slice(Joint, Joint), listwise);
                        Cross(s, c, i1, j0, joints.Slice(2 * Joint, Joint), listwise);
                        Cross(s, c, i1, j1, joints.Slice(3 * Joint, Joint), listwise);
                        if (ownsA)
                        {
                            Within(s, c, i0, joints.Slice(4 * Joint, Joint), listwise);
                        }

                        if (ownsB)
                        {
                            Within(s, c, j0, joints.Slice(5 * Joint, Joint), listwise);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Adds the ordered pairs (i, j) and (j, i), i &lt; j, from their joint histogram (x(i) × 6 + x(j)).</summary>
    private static void Cross(CounterLayout.ScaleLayout s, long[] c, int i, int j, ReadOnlySpan<long> joint, bool listwise)
    {
        int k = s.K;
        if (i >= k || j >= k)
        {
            return;
        }

        unchecked
        {
            int ij = (i * k) + j, ji = (j * k) + i;
            for (int xi = 1; xi <= 5; xi++)
            {
                for (int xj = 1; xj <= 5; xj++)
                {
                    long n = joint[(xi * 6) + xj];
                    if (n == 0)
                    {
                        continue;
                    }

                    c[s.PairCounts + ij] += n;
                    c[s.PairSums + ij] += xi * n;
                    c[s.PairSquares + ij] += xi * xi * n;
                    c[s.PairCross + ij] += xi * xj * n;
                    c[s.PairCounts + ji] += n;
                    c[s.PairSums + ji] += xj * n;
                    c[s.PairSquares + ji] += xj * xj * n;
                    c[s.PairCross + ji] += xi * xj * n;
                    if (listwise)
                    {
                        c[s.ListwiseCross + Packed(i, j, k)] += xi * xj * n;
                    }
                }
            }
        }
    }

    /// <summary>Adds the items <paramref name="i"/> and i + 1 of one group (their counts, each with itself, and the pair) from their joint histogram.</summary>
    private static void Within(CounterLayout.ScaleLayout s, long[] c, int i, ReadOnlySpan<long> joint, bool listwise)
    {
        int k = s.K;
        unchecked
        {
            for (int u = 0; u < 2; u++)
            {
                int item = i + u;
                if (item >= k)
                {
                    continue;
                }

                for (int x = 0; x <= 5; x++)
                {
                    long n = 0;
                    for (int other = 0; other <= 5; other++)
                    {
                        n += joint[u == 0 ? (x * 6) + other : (other * 6) + x];
                    }

                    c[s.Counts + (item * 6) + x] += n;
                    if (x == 0 || n == 0)
                    {
                        continue;
                    }

                    int ii = (item * k) + item;
                    c[s.PairCounts + ii] += n;
                    c[s.PairSums + ii] += x * n;
                    c[s.PairSquares + ii] += x * x * n;
                    c[s.PairCross + ii] += x * x * n;
                    if (listwise)
                    {
                        c[s.ListwiseSums + item] += x * n;
                        c[s.ListwiseCross + Packed(item, item, k)] += x * x * n;
                    }
                }
            }
        }

        Cross(s, c, i, i + 1, joint, listwise);
    }

    /// <summary>The pair table from which the pairs within group <paramref name="g"/> are taken.</summary>
    private static (int, int) Designated(int g) => g == 0 ? (0, 1) : (0, g);

    private static int Packed(int i, int j, int k) => (i * k) - (i * (i - 1) / 2) + (j - i);

}
