using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;
using DurableEmployability.Typology;

namespace DurableEmployability.Tests.Aggregation;

/// <summary>
/// A deliberately straightforward reference: every table computed by LINQ over the records, written from
/// report-format.md without looking at the accumulator's counters. The accumulator must agree with it.
/// </summary>
internal static class NaiveReport
{
    private static double Percent(long count, long n) => n == 0 ? 0 : 100d * count / n;

    private static ValueArray<T> V<T>(IEnumerable<T> items) => items.ToImmutableArray();

    public static Report Build(IEnumerable<Participant> all, Segment segment, ReportGroup? group = null)
    {
        var ofSegment = all.Where(p => p.Segment == segment).ToList();
        var complete = ofSegment.Where(p => p.IsComplete).ToList();
        long n = complete.Count;
        SegmentCatalog catalog = DiCatalog.For(segment);
        var m1 = complete.Select(p => p.Monitor1!).ToList();
        var m3 = complete.Select(p => p.Monitor3!).ToList();
        var reg = complete.Select(p => p.Registration!).ToList();

        TypologyTable Typology(List<TypologyStep> steps) => new(
            n,
            n == 0 ? null : steps.Average(s => s.Score),
            V(TypologyStep.All.Select(s => new CountRow(s.Code, steps.Count(x => x == s), Percent(steps.Count(x => x == s), n)))));

        var growths = complete.Select(p => p.Monitor3!.Typology.Score - p.Monitor1!.Typology.Score).ToList();
        CountShare Share(Func<int, bool> f) => new(growths.Count(f), Percent(growths.Count(f), n));

        StatementTable Statements(StatementScale scale) => new(V(catalog.Statements(scale).Select(statement =>
        {
            var values = m3.Select(m => (scale == StatementScale.Opportunity ? m.Opportunities : m.Obstacles).Get(statement))
                .Where(r => r is not null).Select(r => r!.Value.Value).OrderBy(v => v).ToList();
            int k = values.Count;
            double? mean = k == 0 ? null : values.Average();
            double? sd = k < 2 ? null : Math.Sqrt(values.Sum(v => (v - mean!.Value) * (v - mean.Value)) / (k - 1));
            double? median = k == 0 ? null : k % 2 == 1 ? values[k / 2] : (values[(k / 2) - 1] + values[k / 2]) / 2d;
            return new StatementItem(
                statement.Code, k, n - k, V(Enumerable.Range(1, 5).Select(s => (long)values.Count(v => v == s))),
                mean, sd, median, Percent(values.Count(v => v >= 4), k), Percent(values.Count(v => v <= 2), k));
        })));

        var continuations = m3.Select(m => m.Continuation).ToList();
        var continuing = continuations.Where(c => c?.Continues == true).Select(c => c!).ToList();

        var actions = m3.SelectMany(m => m.Actions).ToList();
        FollowUpCounts FollowUps(IEnumerable<ImprovementAction> a) => new(a.Count(x => x.FollowUp == FollowUp.Yes), a.Count(x => x.FollowUp == FollowUp.Maybe), a.Count(x => x.FollowUp == FollowUp.No));

        var grades = m3.Where(m => m.Grade is not null).Select(m => m.Grade!.Value.Value).ToList();

        ApproachFieldTable Approach(ApproachField field, Func<Monitor1, ApproachSelection> get)
        {
            var options = DiCatalog.ApproachOptions(field);
            var selections = m1.Select(get).ToList();
            var combos = selections.Where(s => !s.IsEmpty)
                .GroupBy(s => string.Join(" ", s.Options.Select(o => o.Order.ToString("D2", CultureInfo.InvariantCulture))))
                .Select(g => (Orders: g.First().Options.Select(o => o.Order).ToList(), Keys: g.First().Options.Select(o => o.Code).ToList(), Count: (long)g.Count()))
                .ToList();
            combos.Sort((a, b) =>
            {
                if (a.Count != b.Count)
                {
                    return b.Count.CompareTo(a.Count);
                }

                for (int i = 0; i < Math.Min(a.Orders.Count, b.Orders.Count); i++)
                {
                    if (a.Orders[i] != b.Orders[i])
                    {
                        return a.Orders[i].CompareTo(b.Orders[i]);
                    }
                }

                return a.Orders.Count.CompareTo(b.Orders.Count);
            });
            return new ApproachFieldTable(
                selections.Count(s => s.IsEmpty),
                V(options.Select(o => new KeyCount(o.Code, selections.Count(s => s.Contains(o))))),
                V(combos.Select(c => new ApproachCombination(V(c.Keys), c.Count))));
        }

        ProfileDistribution Bands(Func<Registration, ShareBand?> get) => new(
            reg.Count(r => get(r) is null),
            V(DiCatalog.ShareBands.Select(b => new KeyCount(b.Code, reg.Count(r => get(r) == b.Value)))));

        var sizeScheme = SizeClassScheme.Default;
        var sectors = reg.Where(r => !string.IsNullOrEmpty(r.Sector)).GroupBy(r => r.Sector!, StringComparer.Ordinal)
            .Select(g => new KeyCount(g.Key, g.Count()))
            .OrderByDescending(k => k.Count).ThenBy(k => k.Key, StringComparer.Ordinal);
        bool company = segment == Segment.Company;

        var tables = new ReportTables(
            Typology(m1.Select(m => m.Typology).ToList()),
            Typology(m3.Select(m => m.Typology).ToList()),
            new TransitionTable(n, V(
                from a in TypologyStep.All
                from b in TypologyStep.All
                select new TransitionCell(a.Code, b.Code, complete.Count(p => p.Monitor1!.Typology == a && p.Monitor3!.Typology == b)))),
            new GrowthTable(
                n,
                n == 0 ? null : growths.Average(),
                V(Enumerable.Range(-6, 13).Select(g => new CountRow(g.ToString(CultureInfo.InvariantCulture), growths.Count(x => x == g), Percent(growths.Count(x => x == g), n)))),
                Share(g => g < 0),
                Share(g => g == 0),
                Share(g => g > 0)),
            new AspectTable(n, V(catalog.Aspects.Select(a => new CountRow(a.Code, m3.Count(m => m.Aspects.Contains(a)), Percent(m3.Count(m => m.Aspects.Contains(a)), n))))),
            Statements(StatementScale.Opportunity),
            Statements(StatementScale.Obstacle),
            new ContinuationTable(
                n,
                new YesNoCounts(continuing.Count, continuations.Count(c => c?.Continues == false), continuations.Count(c => c?.Continues is null)),
                new ContinuationFormCounts(continuing.Count(c => c.Form == ContinuationForm.Continue), continuing.Count(c => c.Form == ContinuationForm.NewActivities), continuing.Count(c => c.Form is null)),
                new YesNoCounts(continuing.Count(c => c.SupportWanted == true), continuing.Count(c => c.SupportWanted == false), continuing.Count(c => c.SupportWanted is null))),
            new ActionFollowUpTable(V(catalog.Aspects.Select(a => new AspectFollowUp(
                a.Code,
                FollowUps(actions.Where(x => x.Indicator.Aspect == a)),
                V(a.Indicators.Select(i => new FollowUpRow(i.Code, FollowUps(actions.Where(x => x.Indicator == i))))))))),
            new SatisfactionTable(
                n,
                m3.Count(m => m.Satisfaction is null),
                V(DiCatalog.SatisfactionCategories.Select(c => new CountRow(c.Code, m3.Count(m => m.Satisfaction == c.Value), Percent(m3.Count(m => m.Satisfaction == c.Value), n))))),
            new GradeTable(
                n,
                n - grades.Count,
                grades.Count == 0 ? null : grades.Average(),
                V(Enumerable.Range(1, 10).Select(g => new CountRow(g.ToString(CultureInfo.InvariantCulture), grades.Count(x => x == g), Percent(grades.Count(x => x == g), n))))),
            new ApproachTable(
                n,
                Approach(ApproachField.Diagnosis, m => m.Diagnosis),
                Approach(ApproachField.Presentation, m => m.Presentation),
                Approach(ApproachField.Execution, m => m.Execution)),
            new ProfileTable(
                n,
                new ProfileDistribution(
                    reg.Count(r => r.Headcount is null),
                    V(sizeScheme.Keys.Select((k, i) => new KeyCount(k, reg.Count(r => r.Headcount is { } h && sizeScheme.ClassOf(h) == i))))),
                company ? Bands(r => r.PermanentContracts) : null,
                company ? Bands(r => r.Men) : null,
                company ? V(DiCatalog.AgeGroups.Select(g => new ProfileGroupDistribution(g.Code, Bands(r => r.AgeGroups.Get(g.Value)).Unanswered, Bands(r => r.AgeGroups.Get(g.Value)).Rows))) : default,
                company ? V(DiCatalog.EducationLevels.Select(g => new ProfileGroupDistribution(g.Code, Bands(r => r.EducationLevels.Get(g.Value)).Unanswered, Bands(r => r.EducationLevels.Get(g.Value)).Rows))) : default,
                new ProfileDistribution(reg.Count(r => string.IsNullOrEmpty(r.Sector)), V(sectors))));

        return new Report(segment, group, n, ofSegment.Count - n, tables);
    }

    /// <summary>The ratings of every complete participant of the segment on one scale: 0 = missing.</summary>
    public static List<int[]> Ratings(IEnumerable<Participant> all, Segment segment, StatementScale scale)
    {
        var statements = DiCatalog.For(segment).Statements(scale);
        return all.Where(p => p.Segment == segment && p.IsComplete)
            .Select(p => statements.Select(s => (scale == StatementScale.Opportunity ? p.Monitor3!.Opportunities : p.Monitor3!.Obstacles).Get(s)?.Value ?? 0).ToArray())
            .ToList();
    }
}
