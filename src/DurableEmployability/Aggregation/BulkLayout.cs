using System;
using System.Collections.Concurrent;
using DurableEmployability.Catalog;

namespace DurableEmployability.Aggregation;

/// <summary>
/// The layout of <see cref="BulkAggregator"/>'s per-worker histogram cells for one segment and size class scheme.
/// Each block is a histogram of a packed field of <see cref="CompactRecord"/>; the report's counters are derived from
/// them once at the end (<see cref="BulkAggregator"/>).
/// </summary>
internal sealed class BulkLayout
{
    internal const int PatternCount = 36;
    internal const int PairCells = PatternCount * PatternCount;
    internal const int PairTable = 2 * PairCells; // all participants, then listwise (every item rated) ones
    internal const int SizeLookup = 1024;

    private static readonly ConcurrentDictionary<(Segment, SizeClassScheme), BulkLayout> Cache = new();

    private BulkLayout(Segment segment, SizeClassScheme sizeClasses)
    {
        Counters = CounterLayout.For(segment, sizeClasses);
        SegmentCatalog catalog = Counters.Catalog;
        Segment = segment;
        OpportunityK = catalog.Opportunities.Count;
        ObstacleK = catalog.Obstacles.Count;
        OpportunityGroups = Math.Max(2, (OpportunityK + 1) / 2);
        ObstacleGroups = Math.Max(2, (ObstacleK + 1) / 2);
        if (OpportunityGroups > CompactRecord.OpportunityGroups || ObstacleGroups > CompactRecord.ObstacleGroups)
        {
            throw new InvalidOperationException("The catalogue has more statements than a compact record holds.");
        }

        int length = 0;
        Incomplete = Take(ref length, 1);
        Typology = Take(ref length, CounterLayout.Steps * CounterLayout.Steps);
        Aspects = Take(ref length, 1 << 5);
        Diagnosis = Take(ref length, 1 << 7);
        PresentationExecution = Take(ref length, 1 << 11);
        ContinuationSatisfaction = Take(ref length, 1 << 10);
        PermanentMen = Take(ref length, 1 << 6);
        Ages = Take(ref length, 1 << 9);
        EducationLow = Take(ref length, 1 << 9);
        EducationHigh = Take(ref length, 1 << 6);
        SizeClasses = Take(ref length, 1 + sizeClasses.Count);
        Actions = Take(ref length, catalog.Indicators.Count * 3);
        OpportunityPairs = Take(ref length, Pairs(OpportunityGroups) * PairTable);
        ObstaclePairs = Take(ref length, Pairs(ObstacleGroups) * PairTable);
        Length = length;

        var lookup = new byte[SizeLookup];
        for (int headcount = 1; headcount < SizeLookup; headcount++)
        {
            lookup[headcount] = (byte)(1 + sizeClasses.ClassOf(headcount));
        }

        SizeClassOfSmall = lookup;
        UpperBounds = [.. sizeClasses.UpperBounds];
    }

    internal CounterLayout Counters { get; }

    internal Segment Segment { get; }

    internal int OpportunityK { get; }

    internal int ObstacleK { get; }

    internal int OpportunityGroups { get; }

    internal int ObstacleGroups { get; }

    internal int Length { get; }

    internal int Incomplete { get; }

    internal int Typology { get; }

    internal int Aspects { get; }

    internal int Diagnosis { get; }

    internal int PresentationExecution { get; }

    internal int ContinuationSatisfaction { get; }

    internal int PermanentMen { get; }

    internal int Ages { get; }

    internal int EducationLow { get; }

    internal int EducationHigh { get; }

    internal int SizeClasses { get; }

    internal int Actions { get; }

    internal int OpportunityPairs { get; }

    internal int ObstaclePairs { get; }

    /// <summary>Gets 1 + the size class of headcounts below <see cref="SizeLookup"/> (0 for 0 = unanswered).</summary>
    internal byte[] SizeClassOfSmall { get; }

    internal int[] UpperBounds { get; }

    internal static BulkLayout For(Segment segment, SizeClassScheme sizeClasses) =>
        Cache.GetOrAdd((segment, sizeClasses), static key => new BulkLayout(key.Item1, key.Item2));

    internal static int Pairs(int groups) => groups * (groups - 1) / 2;

    /// <summary>Returns the index of the pair table of groups <paramref name="a"/> &lt; <paramref name="b"/>.</summary>
    internal static int PairIndex(int a, int b, int groups) => (a * ((2 * groups) - a - 1) / 2) + (b - a - 1);

    /// <summary>Returns 1 + the size class of a headcount, or 0 when unanswered.</summary>
    internal int SizeSlot(int headcount)
    {
        if ((uint)headcount < SizeLookup)
        {
            return SizeClassOfSmall[headcount];
        }

        int[] bounds = UpperBounds;
        int i = 0;
        while (i < bounds.Length && headcount > bounds[i])
        {
            i++;
        }

        return 1 + i;
    }

    private static int Take(ref int length, int size)
    {
        int offset = length;
        length += size;
        return offset;
    }
}
