using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Scales;
using DurableEmployability.Trajectories;
using DurableEmployability.Typology;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace DurableEmployability.Tests.Aggregation;

/// <summary>Small cohorts whose tables are computed by hand in the comments.</summary>
public class ReportAccumulatorTests
{
    private static readonly LocalDate Day = new(2016, 3, 1);

    internal static Participant Complete(Segment segment = Segment.Company, string start = "A", string end = "A", Func<Monitor3, Monitor3>? m3 = null, Func<Monitor1, Monitor1>? m1 = null, Func<Registration, Registration>? registration = null, string partner = "P1")
    {
        var monitor1 = new Monitor1(Day, TypologyStep.Parse(start));
        var monitor3 = new Monitor3(Day.PlusDays(100), TypologyStep.Parse(end));
        var reg = new Registration();
        return new Participant("id", partner, segment)
        {
            Registration = registration?.Invoke(reg) ?? reg,
            Monitor1 = m1?.Invoke(monitor1) ?? monitor1,
            Monitor2 = new Monitor2(Day.PlusDays(50)),
            Monitor3 = m3?.Invoke(monitor3) ?? monitor3,
        };
    }

    internal static Report Aggregate(Segment segment, params Participant[] participants)
    {
        var accumulator = new ReportAccumulator(new ReportOptions(segment));
        accumulator.Add(participants.AsSpan());
        return accumulator.ToReport();
    }

    private static StatementRatings Opportunity(params (string Code, int Rating)[] ratings) =>
        StatementRatings.Create(ratings.Select(r => new KeyValuePair<Statement, Rating>(DiCatalog.Company.Opportunities.Get(r.Code), Rating.FromValue(r.Rating))));

    [Fact]
    public void EmptyCohortHasEveryRowWithZerosAndUndefinedMeans()
    {
        Report report = Aggregate(Segment.Company);
        ReportTables t = report.Tables;
        Assert.Equal(0, report.Participants);
        Assert.Null(report.Group);
        Assert.Null(t.TypologyStart.Mean);
        Assert.Null(t.Growth.Mean);
        Assert.Null(t.Grades.Mean);
        Assert.Equal(["A", "AB", "B", "BC", "C", "CD", "D"], t.TypologyStart.Rows.Select(r => r.Key));
        Assert.All(t.TypologyStart.Rows, r => Assert.Equal((0L, 0d), (r.Count, r.Percent)));
        Assert.Equal(49, t.TypologyTransitions.Cells.Count);
        Assert.Equal(Enumerable.Range(-6, 13).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), t.Growth.Rows.Select(r => r.Key));
        Assert.Equal(new CountShare(0, 0), t.Growth.Grew);
        Assert.Equal(5, t.Aspects.Rows.Count);
        Assert.Equal(8, t.Opportunities.Items.Count);
        Assert.All(t.Obstacles.Items, i => Assert.Equal(new StatementItem(i.Key, 0, 0, ImmutableArray.Create(0L, 0, 0, 0, 0), null, null, null, 0, 0), i));
        Assert.Equal([7, 7, 5, 8, 4], t.ActionFollowUp.Aspects.Select(a => a.Rows.Count));
        Assert.Equal(["1-15", "16-25", "26-50", "51-100", "101-250", ">250"], t.Profile.SizeClasses.Rows.Select(r => r.Key));
        Assert.Equal(["up-to-25", "26-55", "over-55"], t.Profile.AgeGroups.Select(g => g.Key));
        Assert.Empty(t.Approach.Diagnosis.Combinations);
        Assert.Equal(7, t.Approach.Diagnosis.Options.Count);
        Assert.Empty(t.Profile.Sectors.Rows);
    }

    [Fact]
    public void SelfEmployedReportHasNoStaffBands()
    {
        Report report = Aggregate(Segment.SelfEmployed, Complete(Segment.SelfEmployed, registration: r => r with { Headcount = 1, Sector = "care" }));
        Assert.False(report.Tables.Profile.HasStaffBands);
        Assert.Empty(report.Tables.Profile.AgeGroups);
        Assert.Equal(new KeyCount("1-15", 1), report.Tables.Profile.SizeClasses.Rows[0]);
        Assert.Equal(["vitality-health", "training-development"], report.Tables.Aspects.Rows.Select(r => r.Key));
        Assert.Equal(6, report.Tables.Opportunities.Items.Count);
    }

    [Fact]
    public void IncompleteParticipantsAreExcludedAndTheOtherSegmentIgnored()
    {
        Participant complete = Complete();
        Report report = Aggregate(
            Segment.Company,
            complete,
            complete with { Monitor2 = null },
            complete with { Registration = null },
            Complete(Segment.SelfEmployed),
            Complete(Segment.SelfEmployed) with { Monitor3 = null });
        Assert.Equal(1, report.Participants);
        Assert.Equal(2, report.ExcludedIncomplete);
        Assert.Equal(1, report.Tables.TypologyStart.N);
    }

    [Fact]
    public void TypologyGrowthAndTransitions()
    {
        // A→B (+2), AB→AB (0), C→B (−2): start mean (1+2+5)/3, end mean (3+2+3)/3, growth mean 0.
        Report report = Aggregate(Segment.Company, Complete(start: "A", end: "B"), Complete(start: "AB", end: "AB"), Complete(start: "C", end: "B"));
        ReportTables t = report.Tables;
        Assert.Equal(8d / 3, t.TypologyStart.Mean);
        Assert.Equal(8d / 3, t.TypologyEnd.Mean);
        Assert.Equal(0d, t.Growth.Mean);
        Assert.Equal(new CountRow("A", 1, 100d / 3), t.TypologyStart.Rows[0]);
        Assert.Equal(new CountRow("B", 2, 200d / 3), t.TypologyEnd.Rows[2]);
        Assert.Equal(new CountRow("BC", 0, 0), t.TypologyEnd.Rows[3]);
        Assert.Equal(1, t.TypologyTransitions.Count(0, 2));
        Assert.Equal(new TransitionCell("C", "B", 1), t.TypologyTransitions.Cells[(4 * 7) + 2]);
        Assert.Equal(3, t.TypologyTransitions.Cells.Sum(c => c.Count));
        Assert.Equal(new CountRow("2", 1, 100d / 3), t.Growth.Rows[8]);
        Assert.Equal(new CountRow("-2", 1, 100d / 3), t.Growth.Rows[4]);
        Assert.Equal(new CountShare(1, 100d / 3), t.Growth.Declined);
        Assert.Equal(new CountShare(1, 100d / 3), t.Growth.Stable);
        Assert.Equal(new CountShare(1, 100d / 3), t.Growth.Grew);
    }

    [Fact]
    public void StatementItemStatistics()
    {
        // awareness: 1, 2, 4, 5 and one missing → n 4, mean 3, sd √(10/3), median (2+4)/2, top 50 %, bottom 50 %.
        // familiarity: one rating 4 → sd undefined, median 4. policy: never rated → mean, sd, median undefined.
        Report report = Aggregate(
            Segment.Company,
            Complete(m3: m => m with { Opportunities = Opportunity(("awareness", 1), ("familiarity", 4)) }),
            Complete(m3: m => m with { Opportunities = Opportunity(("awareness", 2)) }),
            Complete(m3: m => m with { Opportunities = Opportunity(("awareness", 4)) }),
            Complete(m3: m => m with { Opportunities = Opportunity(("awareness", 5)) }),
            Complete());
        StatementItem awareness = report.Tables.Opportunities.Items[0];
        Assert.Equal("awareness", awareness.Key);
        Assert.Equal((4L, 1L), (awareness.N, awareness.Missing));
        Assert.Equal([1L, 1, 0, 1, 1], awareness.Counts);
        Assert.Equal(3d, awareness.Mean);
        Assert.Equal(Math.Sqrt(10d / 3), awareness.Sd!.Value, 12);
        Assert.Equal(3d, awareness.Median);
        Assert.Equal((50d, 50d), (awareness.TopBox, awareness.BottomBox));
        Assert.Equal(25d, awareness.Percent(5));

        StatementItem familiarity = report.Tables.Opportunities.Items[1];
        Assert.Equal((1L, 4L, 4d, 4d), (familiarity.N, familiarity.Missing, familiarity.Mean!.Value, familiarity.Median!.Value));
        Assert.Null(familiarity.Sd);
        Assert.Equal((100d, 0d), (familiarity.TopBox, familiarity.BottomBox));

        StatementItem policy = report.Tables.Opportunities.Items[2];
        Assert.Equal(new StatementItem("policy", 0, 5, ImmutableArray.Create(0L, 0, 0, 0, 0), null, null, null, 0, 0), policy);
    }

    [Fact]
    public void MedianOfAnOddCountIsTheMiddleRating()
    {
        Report report = Aggregate(
            Segment.Company,
            Complete(m3: m => m with { Opportunities = Opportunity(("policy", 1)) }),
            Complete(m3: m => m with { Opportunities = Opportunity(("policy", 3)) }),
            Complete(m3: m => m with { Opportunities = Opportunity(("policy", 3)) }));
        Assert.Equal(3d, report.Tables.Opportunities.Items[2].Median);
        Assert.Equal(7d / 3, report.Tables.Opportunities.Items[2].Mean);
    }

    [Fact]
    public void ContinuationCountsFormAndSupportForContinuingParticipantsOnly()
    {
        // yes/continue/support, yes/—/—, no (its form and support are not counted), unanswered, no continuation object.
        Report report = Aggregate(
            Segment.Company,
            Complete(m3: m => m with { Continuation = new Continuation { Continues = true, Form = ContinuationForm.Continue, SupportWanted = true } }),
            Complete(m3: m => m with { Continuation = new Continuation { Continues = true } }),
            Complete(m3: m => m with { Continuation = new Continuation { Continues = false, Form = ContinuationForm.NewActivities, SupportWanted = true } }),
            Complete(m3: m => m with { Continuation = new Continuation() }),
            Complete());
        ContinuationTable c = report.Tables.Continuation;
        Assert.Equal(new YesNoCounts(2, 1, 2), c.Continues);
        Assert.Equal(new ContinuationFormCounts(1, 0, 1), c.Form);
        Assert.Equal(new YesNoCounts(1, 0, 1), c.SupportWanted);
    }

    [Fact]
    public void ActionsCountPerIndicatorAndAspect()
    {
        Indicator supportAwareness = DiCatalog.Company.Indicators.Get("support-awareness");
        Indicator lifestyle = DiCatalog.Company.Indicators.Get("lifestyle");
        Report report = Aggregate(
            Segment.Company,
            Complete(m3: m => m with { Actions = ImmutableArray.Create(new ImprovementAction(supportAwareness, FollowUp.Yes), new ImprovementAction(supportAwareness, FollowUp.Maybe), new ImprovementAction(lifestyle, FollowUp.No)) }),
            Complete(m3: m => m with { Actions = ImmutableArray.Create(new ImprovementAction(supportAwareness, FollowUp.Yes)) }));
        AspectFollowUp organisation = report.Tables.ActionFollowUp.Aspects[0];
        Assert.Equal("organisation", organisation.Key);
        Assert.Equal(new FollowUpCounts(2, 1, 0), organisation.Total);
        Assert.Equal(3, organisation.Total.N);
        Assert.Equal(new FollowUpRow("support-awareness", new FollowUpCounts(2, 1, 0)), organisation.Rows[0]);
        Assert.Equal(200d / 3, organisation.Rows[0].Counts.Percent(FollowUp.Yes));
        Assert.Equal(new FollowUpCounts(0, 0, 0), organisation.Rows[1].Counts);
        Assert.Equal(new FollowUpCounts(0, 0, 1), report.Tables.ActionFollowUp.Aspects[1].Total);
        Assert.Equal(0d, organisation.Rows[1].Counts.Percent(FollowUp.No));
    }

    [Fact]
    public void AspectsSatisfactionAndGrades()
    {
        Report report = Aggregate(
            Segment.Company,
            Complete(m3: m => m with { Aspects = AspectSet.FromMask(Segment.Company, 0b00011), Satisfaction = SatisfactionCategory.A, Grade = Grade.FromValue(7) }),
            Complete(m3: m => m with { Aspects = AspectSet.FromMask(Segment.Company, 0b00001), Satisfaction = SatisfactionCategory.C, Grade = Grade.FromValue(8) }),
            Complete());
        ReportTables t = report.Tables;
        Assert.Equal(new CountRow("organisation", 2, 200d / 3), t.Aspects.Rows[0]);
        Assert.Equal(new CountRow("vitality-health", 1, 100d / 3), t.Aspects.Rows[1]);
        Assert.Equal(new CountRow("monitoring", 0, 0), t.Aspects.Rows[4]);
        Assert.Equal(1, t.Satisfaction.Unanswered);
        Assert.Equal(new CountRow("C", 1, 100d / 3), t.Satisfaction.Rows[2]);
        Assert.Equal(7.5, t.Grades.Mean);
        Assert.Equal(1, t.Grades.Unanswered);
        Assert.Equal(new CountRow("7", 1, 100d / 3), t.Grades.Rows[6]);
    }

    [Fact]
    public void AllGradesMissingGiveAnUndefinedMean()
    {
        Report report = Aggregate(Segment.Company, Complete(), Complete());
        Assert.Null(report.Tables.Grades.Mean);
        Assert.Equal(2, report.Tables.Grades.Unanswered);
        Assert.All(report.Tables.Opportunities.Items, i => Assert.Null(i.Mean));
        Assert.Equal(0, report.OpportunityMoments!.ListwiseCount);
    }

    [Fact]
    public void ApproachCombinationsAreSortedByCountThenOptionLists()
    {
        static Participant With(int mask) => Complete(m1: m => m with { Diagnosis = ApproachSelection.FromMask(ApproachField.Diagnosis, mask) });

        // inventory = bit 0, instruments = bit 1, management = bit 2.
        Report report = Aggregate(Segment.Company, With(0b101), With(0b101), With(0b001), With(0b001), With(0b100), With(0b010), With(0));
        ApproachFieldTable d = report.Tables.Approach.Diagnosis;
        Assert.Equal(1, d.Unanswered);
        Assert.Equal(new KeyCount("inventory", 4), d.Options[0]);
        Assert.Equal(new KeyCount("instruments", 1), d.Options[1]);
        Assert.Equal(new KeyCount("management", 3), d.Options[2]);
        Assert.Equal(new KeyCount("scan", 0), d.Options[6]);
        Assert.Equal(
            ["inventory:2", "inventory+management:2", "instruments:1", "management:1"],
            d.Combinations.Select(c => string.Join("+", c.Keys) + ":" + c.Count));
        Assert.Equal(7, report.Tables.Approach.Presentation.Unanswered);
    }

    [Fact]
    public void ProfileSizeClassesBandsAndSectors()
    {
        Report report = Aggregate(
            Segment.Company,
            Complete(registration: r => r with { Headcount = 15, Sector = "retail", PermanentContracts = ShareBand.Below25, AgeGroups = BandMap<AgeGroup>.Empty.With(AgeGroup.Over55, ShareBand.Above75) }),
            Complete(registration: r => r with { Headcount = 16, Sector = "retail", Men = ShareBand.From50To75 }),
            Complete(registration: r => r with { Headcount = 300, Sector = "care" }),
            Complete(registration: r => r with { Sector = "b" }),
            Complete(registration: r => r with { Sector = "" }));
        ProfileTable p = report.Tables.Profile;
        Assert.Equal(2, p.SizeClasses.Unanswered);
        Assert.Equal([1L, 1, 0, 0, 0, 1], p.SizeClasses.Rows.Select(r => r.Count));
        Assert.Equal(new ProfileDistribution(1, ImmutableArray.Create(new KeyCount("retail", 2), new KeyCount("b", 1), new KeyCount("care", 1))), p.Sectors);
        Assert.Equal(new ProfileDistribution(4, ImmutableArray.Create(new KeyCount("<25", 1), new KeyCount("25-50", 0), new KeyCount("50-75", 0), new KeyCount(">75", 0))), p.PermanentContracts);
        Assert.Equal(1, p.Men!.Rows[2].Count);
        Assert.Equal(new ProfileGroupDistribution("over-55", 4, ImmutableArray.Create(new KeyCount("<25", 0), new KeyCount("25-50", 0), new KeyCount("50-75", 0), new KeyCount(">75", 1))), p.AgeGroups[2]);
        Assert.Equal(5, p.EducationLevels[4].Unanswered);
    }

    [Fact]
    public void CustomSizeClassesAreUsed()
    {
        var accumulator = new ReportAccumulator(new ReportOptions(Segment.Company) { SizeClasses = SizeClassScheme.Create([10, 50]) });
        accumulator.Add(Complete(registration: r => r with { Headcount = 12 }));
        Assert.Equal([new KeyCount("1-10", 0), new KeyCount("11-50", 1), new KeyCount(">50", 0)], accumulator.ToReport().Tables.Profile.SizeClasses.Rows);
    }

    [Fact]
    public void PartnerBreakdownListsEveryDeclaredPartnerInOrderThenUndeclaredKeys()
    {
        var grouped = GroupedReportAccumulator.ByPartner(new ReportOptions(Segment.Company), [new Partner("Z", "z"), new Partner("A", "a"), new Partner("M", "m")]);
        grouped.Add(Complete(partner: "A"));
        grouped.Add(Complete(partner: "A") with { Monitor1 = null });
        grouped.Add(Complete(partner: "Q"));
        grouped.Add(Complete(partner: "B"));
        BreakdownReport breakdown = grouped.ToReport();
        Assert.Equal(["Z", "A", "M", "B", "Q"], breakdown.Groups.Select(g => g.Group!.Key));
        Assert.Equal((1L, 1L), (breakdown.Groups[1].Participants, breakdown.Groups[1].ExcludedIncomplete));
        Assert.Equal(0, breakdown.Groups[0].Participants);
        Assert.Null(breakdown.Groups[0].Tables.TypologyStart.Mean);
        Assert.Equal(3, breakdown.Overall.Participants);
        Assert.Null(breakdown.Overall.Group);
    }

    [Fact]
    public void CallerKeyFunctionGroups()
    {
        var grouped = new GroupedReportAccumulator(new ReportOptions(Segment.Company), "start", p => p.Monitor1?.Typology.Code, []);
        grouped.AddRange([Complete(start: "B"), Complete(start: "A"), Complete(start: "B")]);
        BreakdownReport breakdown = grouped.ToReport();
        Assert.Equal([("A", 1L), ("B", 2L)], breakdown.Groups.Select(g => (g.Group!.Key, g.Participants)));
        Assert.Equal(new ReportGroup("start", "B"), breakdown.Groups[1].Group);
    }

    [Fact]
    public void MergingAccumulatorsOfDifferentSegmentsThrows()
    {
        var company = new ReportAccumulator(new ReportOptions(Segment.Company));
        Assert.Throws<ArgumentException>(() => company.Merge(new ReportAccumulator(new ReportOptions(Segment.SelfEmployed))));
        Assert.Throws<ArgumentException>(() => company.Merge(company));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions((Segment)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions(Segment.Company) with { Segment = 0 });
        Assert.Throws<ArgumentNullException>(() => new ReportGroup("partner", "A") with { Key = null! });
    }

    [Fact]
    public void ParallelAggregationReportsProgressAndHonoursCancellation()
    {
        Participant[] participants = [.. Enumerable.Range(0, 10_000).Select(i => Complete(start: i % 2 == 0 ? "A" : "B"))];
        var progress = new Recorder();
        ReportAccumulator accumulator = ReportAggregator.AggregateParallel(participants, new ReportOptions(Segment.Company), progress);
        Assert.Equal(10_000, accumulator.Participants);
        Assert.Equal(10_000, progress.Values.Max());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ReportAggregator.AggregateParallel(participants, new ReportOptions(Segment.Company), cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ReportAggregator.AggregateParallel(participants.Select(p => p), new ReportOptions(Segment.Company), cancellationToken: cancelled.Token));
    }

    [Fact]
    public void ShardsSerializedAndMergedGiveTheSameReportAsOnePass()
    {
        Participant[] all = [.. Enumerable.Range(0, 30).Select(i => Complete(start: TypologyStep.All[i % 7].Code, end: TypologyStep.All[(i * 3) % 7].Code, registration: r => r with { Sector = "s" + (i % 4) }))];
        var total = new ReportAccumulator(new ReportOptions(Segment.Company));
        foreach (Participant[] shard in all.Chunk(7))
        {
            var part = new ReportAccumulator(new ReportOptions(Segment.Company));
            part.AddRange(shard);
            string json = part.ToState().ToJson();
            total.Merge(ReportAccumulator.FromState(AccumulatorState.FromJson(json).GetValueOrThrow()));
        }

        Assert.Equal(ReportAggregator.Aggregate(all, new ReportOptions(Segment.Company)), total.ToReport());
    }

    [Fact]
    public void AddingKnownParticipantsAllocatesNothing()
    {
        Participant[] cohort = [.. ParticipantGen.Cohort(60).Sample(50, 5).SelectMany(c => c).Where(p => p.Segment == Segment.Company)];
        Assert.True(cohort.Count(p => p.IsComplete) > 10);
        var accumulator = new ReportAccumulator(new ReportOptions(Segment.Company));
        accumulator.Add(cohort.AsSpan()); // first pass: sectors are added to the dictionary
        while (accumulator.Participants <= ReportAccumulator.DefaultDirectLimit)
        {
            accumulator.Add(cohort.AsSpan()); // past the switch to histograms, which are allocated once
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20; i++)
        {
            accumulator.Add(cohort.AsSpan());
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private sealed class Recorder : IProgress<long>
    {
        private readonly List<long> values = [];

        public IReadOnlyList<long> Values
        {
            get
            {
                lock (values)
                {
                    return [.. values];
                }
            }
        }

        public void Report(long value)
        {
            lock (values)
            {
                values.Add(value);
            }
        }
    }
}
