using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using DurableEmployability.Catalog;
using DurableEmployability.Typology;

namespace DurableEmployability.Aggregation;

/// <summary>Derives the report's tables from an accumulator's counters.</summary>
internal static class ReportBuilder
{
    private static readonly string[] GradeKeys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    private static readonly string[] SatisfactionKeys = ["A", "B", "C", "D"];

    internal static Report Build(ReportAccumulator accumulator)
    {
        CounterLayout l = accumulator.Layout;
        ReadOnlySpan<long> c = accumulator.Counters;
        long n = c[l.Complete];
        SegmentCatalog catalog = l.Catalog;

        var tables = new ReportTables(
            Typology(c.Slice(l.TypologyStart, CounterLayout.Steps), n),
            Typology(c.Slice(l.TypologyEnd, CounterLayout.Steps), n),
            Transitions(c.Slice(l.Transitions, CounterLayout.Steps * CounterLayout.Steps), n),
            Growth(c.Slice(l.Transitions, CounterLayout.Steps * CounterLayout.Steps), n),
            Aspects(catalog, c.Slice(l.Aspects, catalog.Aspects.Count), n),
            Statements(catalog.Opportunities, c, l.Opportunities),
            Statements(catalog.Obstacles, c, l.Obstacles),
            Continuation(c.Slice(l.Continuation, 9), n),
            Actions(catalog, c.Slice(l.Actions, catalog.Indicators.Count * 3)),
            new SatisfactionTable(n, c[l.Satisfaction], Rows(SatisfactionKeys, c.Slice(l.Satisfaction + 1, 4), n)),
            Grades(c.Slice(l.Grades, 11), n),
            new ApproachTable(
                n,
                Approach(DiCatalog.DiagnosisOptions, c.Slice(l.Diagnosis, CounterLayout.DiagnosisMasks)),
                Approach(DiCatalog.PresentationOptions, c.Slice(l.Presentation, CounterLayout.PresentationMasks)),
                Approach(DiCatalog.ExecutionOptions, c.Slice(l.Execution, CounterLayout.ExecutionMasks))),
            Profile(l, c, n, accumulator.Sectors));

        return new Report(l.Segment, accumulator.Options.Group, n, c[l.Incomplete], tables)
        {
            OpportunityMoments = Moments(catalog.Opportunities, c, l.Opportunities),
            ObstacleMoments = Moments(catalog.Obstacles, c, l.Obstacles),
        };
    }

    private static ValueArray<CountRow> Rows(string[] keys, ReadOnlySpan<long> counts, long n)
    {
        var rows = ImmutableArray.CreateBuilder<CountRow>(counts.Length);
        for (int i = 0; i < counts.Length; i++)
        {
            rows.Add(new CountRow(keys[i], counts[i], ReportMath.Percent(counts[i], n)));
        }

        return rows.MoveToImmutable();
    }

    private static TypologyTable Typology(ReadOnlySpan<long> counts, long n)
    {
        long sum = 0;
        var keys = new string[CounterLayout.Steps];
        for (int i = 0; i < counts.Length; i++)
        {
            sum += counts[i] * (i + 1);
            keys[i] = TypologyStep.All[i].Code;
        }

        return new TypologyTable(n, n == 0 ? null : (double)sum / n, Rows(keys, counts, n));
    }

    private static TransitionTable Transitions(ReadOnlySpan<long> counts, long n)
    {
        var cells = ImmutableArray.CreateBuilder<TransitionCell>(counts.Length);
        for (int from = 0; from < CounterLayout.Steps; from++)
        {
            for (int to = 0; to < CounterLayout.Steps; to++)
            {
                cells.Add(new TransitionCell(TypologyStep.All[from].Code, TypologyStep.All[to].Code, counts[(from * CounterLayout.Steps) + to]));
            }
        }

        return new TransitionTable(n, cells.MoveToImmutable());
    }

    private static GrowthTable Growth(ReadOnlySpan<long> transitions, long n)
    {
        const int Values = (TypologyGrowth.MaxValue - TypologyGrowth.MinValue) + 1;
        Span<long> counts = stackalloc long[Values];
        long sum = 0;
        for (int from = 0; from < CounterLayout.Steps; from++)
        {
            for (int to = 0; to < CounterLayout.Steps; to++)
            {
                long count = transitions[(from * CounterLayout.Steps) + to];
                counts[to - from - TypologyGrowth.MinValue] += count;
                sum += count * (to - from);
            }
        }

        var keys = new string[Values];
        long declined = 0, stable = 0, grew = 0;
        for (int i = 0; i < Values; i++)
        {
            int value = i + TypologyGrowth.MinValue;
            keys[i] = value.ToString(CultureInfo.InvariantCulture);
            if (value < 0)
            {
                declined += counts[i];
            }
            else if (value == 0)
            {
                stable += counts[i];
            }
            else
            {
                grew += counts[i];
            }
        }

        return new GrowthTable(
            n,
            n == 0 ? null : (double)sum / n,
            Rows(keys, counts, n),
            Share(declined, n),
            Share(stable, n),
            Share(grew, n));
    }

    private static CountShare Share(long count, long n) => new(count, ReportMath.Percent(count, n));

    private static AspectTable Aspects(SegmentCatalog catalog, ReadOnlySpan<long> counts, long n)
    {
        var keys = new string[catalog.Aspects.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = catalog.Aspects[i].Code;
        }

        return new AspectTable(n, Rows(keys, counts, n));
    }

    private static StatementTable Statements(CatalogList<Statement> statements, ReadOnlySpan<long> c, CounterLayout.ScaleLayout s)
    {
        var items = ImmutableArray.CreateBuilder<StatementItem>(s.K);
        for (int i = 0; i < s.K; i++)
        {
            items.Add(Item(statements[i].Code, c.Slice(s.Counts + (i * 6), 6)));
        }

        return new StatementTable(items.MoveToImmutable());
    }

    /// <summary>Builds one statement item from its counts: missing, then scores 1…5.</summary>
    internal static StatementItem Item(string key, ReadOnlySpan<long> counts)
    {
        long n = 0, sum = 0, squares = 0;
        for (int v = 1; v <= 5; v++)
        {
            n += counts[v];
            sum += counts[v] * v;
            squares += counts[v] * v * v;
        }

        double? mean = n == 0 ? null : (double)sum / n;
        double? sd = null;
        if (n >= 2)
        {
            // n·Σx² − (Σx)² is an exact integer: no cancellation error.
            long numerator = checked((n * squares) - (sum * sum));
            sd = Math.Sqrt((double)numerator / ((double)n * (n - 1)));
        }

        double? median = n == 0 ? null : (n % 2 == 1 ? ValueAt(counts, n / 2) : (ValueAt(counts, (n / 2) - 1) + ValueAt(counts, n / 2)) / 2d);
        return new StatementItem(
            key,
            n,
            counts[0],
            ImmutableArray.Create(counts[1], counts[2], counts[3], counts[4], counts[5]),
            mean,
            sd,
            median,
            ReportMath.Percent(counts[4] + counts[5], n),
            ReportMath.Percent(counts[1] + counts[2], n));
    }

    private static double ValueAt(ReadOnlySpan<long> counts, long index)
    {
        long seen = 0;
        for (int v = 1; v <= 5; v++)
        {
            seen += counts[v];
            if (index < seen)
            {
                return v;
            }
        }

        throw new InvalidOperationException("Median index beyond the counts.");
    }

    private static ContinuationTable Continuation(ReadOnlySpan<long> c, long n) => new(
        n,
        new YesNoCounts(c[0], c[1], c[2]),
        new ContinuationFormCounts(c[3], c[4], c[5]),
        new YesNoCounts(c[6], c[7], c[8]));

    private static ActionFollowUpTable Actions(SegmentCatalog catalog, ReadOnlySpan<long> c)
    {
        var aspects = ImmutableArray.CreateBuilder<AspectFollowUp>(catalog.Aspects.Count);
        foreach (Aspect aspect in catalog.Aspects)
        {
            var rows = ImmutableArray.CreateBuilder<FollowUpRow>(aspect.Indicators.Length);
            long yes = 0, maybe = 0, no = 0;
            foreach (Indicator indicator in aspect.Indicators)
            {
                int o = indicator.Order * 3;
                rows.Add(new FollowUpRow(indicator.Code, new FollowUpCounts(c[o], c[o + 1], c[o + 2])));
                yes += c[o];
                maybe += c[o + 1];
                no += c[o + 2];
            }

            aspects.Add(new AspectFollowUp(aspect.Code, new FollowUpCounts(yes, maybe, no), rows.MoveToImmutable()));
        }

        return new ActionFollowUpTable(aspects.MoveToImmutable());
    }

    private static GradeTable Grades(ReadOnlySpan<long> c, long n)
    {
        long answered = 0, sum = 0;
        for (int g = 1; g <= 10; g++)
        {
            answered += c[g];
            sum += c[g] * g;
        }

        return new GradeTable(n, c[0], answered == 0 ? null : (double)sum / answered, Rows(GradeKeys, c.Slice(1, 10), n));
    }

    private static ApproachFieldTable Approach(CatalogList<ApproachOption> options, ReadOnlySpan<long> masks)
    {
        var optionRows = ImmutableArray.CreateBuilder<KeyCount>(options.Count);
        for (int bit = 0; bit < options.Count; bit++)
        {
            long count = 0;
            for (int mask = 1; mask < masks.Length; mask++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    count += masks[mask];
                }
            }

            optionRows.Add(new KeyCount(options[bit].Code, count));
        }

        var occurring = new List<(int Mask, long Count)>();
        for (int mask = 1; mask < masks.Length; mask++)
        {
            if (masks[mask] != 0)
            {
                occurring.Add((mask, masks[mask]));
            }
        }

        occurring.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : CompareMasks(a.Mask, b.Mask));
        var combinations = ImmutableArray.CreateBuilder<ApproachCombination>(occurring.Count);
        foreach ((int mask, long count) in occurring)
        {
            var keys = ImmutableArray.CreateBuilder<string>();
            for (int bit = 0; bit < options.Count; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    keys.Add(options[bit].Code);
                }
            }

            combinations.Add(new ApproachCombination(keys.ToImmutable(), count));
        }

        return new ApproachFieldTable(masks[0], optionRows.MoveToImmutable(), combinations.MoveToImmutable());
    }

    /// <summary>Compares two option masks as lists of option orders, position by position; a prefix sorts first.</summary>
    internal static int CompareMasks(int a, int b)
    {
        while (a != 0 && b != 0)
        {
            int lowA = System.Numerics.BitOperations.TrailingZeroCount(a);
            int lowB = System.Numerics.BitOperations.TrailingZeroCount(b);
            if (lowA != lowB)
            {
                return lowA.CompareTo(lowB);
            }

            a &= a - 1;
            b &= b - 1;
        }

        return (a != 0).CompareTo(b != 0);
    }

    private static ProfileTable Profile(CounterLayout l, ReadOnlySpan<long> c, long n, Dictionary<string, long> sectorCounts)
    {
        var sizeRows = ImmutableArray.CreateBuilder<KeyCount>(l.SizeClasses.Count);
        for (int i = 0; i < l.SizeClasses.Count; i++)
        {
            sizeRows.Add(new KeyCount(l.SizeClasses.Keys[i], c[l.SizeClassCounts + 1 + i]));
        }

        var sizeClasses = new ProfileDistribution(c[l.SizeClassCounts], sizeRows.MoveToImmutable());

        var sectorRows = new List<KeyCount>(sectorCounts.Count);
        foreach (KeyValuePair<string, long> sector in sectorCounts)
        {
            if (sector.Value != 0)
            {
                sectorRows.Add(new KeyCount(sector.Key, sector.Value));
            }
        }

        sectorRows.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Key, b.Key));
        var sectors = new ProfileDistribution(c[l.SectorsUnanswered], sectorRows.ToImmutableArray());

        if (l.Segment == Segment.SelfEmployed)
        {
            return new ProfileTable(n, sizeClasses, null, null, default, default, sectors);
        }

        var ages = ImmutableArray.CreateBuilder<ProfileGroupDistribution>(DiCatalog.AgeGroups.Count);
        for (int g = 0; g < DiCatalog.AgeGroups.Count; g++)
        {
            ReadOnlySpan<long> block = c.Slice(l.AgeGroups + (g * CounterLayout.BandSlots), CounterLayout.BandSlots);
            ages.Add(new ProfileGroupDistribution(DiCatalog.AgeGroups[g].Code, block[0], Bands(block)));
        }

        var levels = ImmutableArray.CreateBuilder<ProfileGroupDistribution>(DiCatalog.EducationLevels.Count);
        for (int g = 0; g < DiCatalog.EducationLevels.Count; g++)
        {
            ReadOnlySpan<long> block = c.Slice(l.EducationLevels + (g * CounterLayout.BandSlots), CounterLayout.BandSlots);
            levels.Add(new ProfileGroupDistribution(DiCatalog.EducationLevels[g].Code, block[0], Bands(block)));
        }

        ReadOnlySpan<long> permanent = c.Slice(l.PermanentContracts, CounterLayout.BandSlots);
        ReadOnlySpan<long> men = c.Slice(l.Men, CounterLayout.BandSlots);
        return new ProfileTable(
            n,
            sizeClasses,
            new ProfileDistribution(permanent[0], Bands(permanent)),
            new ProfileDistribution(men[0], Bands(men)),
            ages.MoveToImmutable(),
            levels.MoveToImmutable(),
            sectors);
    }

    private static ValueArray<KeyCount> Bands(ReadOnlySpan<long> block)
    {
        var rows = ImmutableArray.CreateBuilder<KeyCount>(DiCatalog.ShareBands.Count);
        for (int b = 0; b < DiCatalog.ShareBands.Count; b++)
        {
            rows.Add(new KeyCount(DiCatalog.ShareBands[b].Code, block[1 + b]));
        }

        return rows.MoveToImmutable();
    }

    private static ScaleMoments Moments(CatalogList<Statement> statements, ReadOnlySpan<long> c, CounterLayout.ScaleLayout s)
    {
        int k = s.K;
        var keys = new string[k];
        for (int i = 0; i < k; i++)
        {
            keys[i] = statements[i].Code;
        }

        return new ScaleMoments(
            s.Scale,
            ImmutableArray.Create(keys),
            c[s.ListwiseCount],
            ImmutableArray.Create(c.Slice(s.ListwiseSums, k)),
            ImmutableArray.Create(c.Slice(s.ListwiseCross, k * (k + 1) / 2)),
            ImmutableArray.Create(c.Slice(s.PairCounts, k * k)),
            ImmutableArray.Create(c.Slice(s.PairSums, k * k)),
            ImmutableArray.Create(c.Slice(s.PairSquares, k * k)),
            ImmutableArray.Create(c.Slice(s.PairCross, k * k)));
    }
}
