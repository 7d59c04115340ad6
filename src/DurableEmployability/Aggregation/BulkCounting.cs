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

}
