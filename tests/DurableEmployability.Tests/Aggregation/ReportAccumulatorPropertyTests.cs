using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Serialization;
using DurableEmployability.Trajectories;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Aggregation;

public class ReportAccumulatorPropertyTests
{
    private const int Tests = 40;

    private static readonly Arbitrary<Participant[]> Cohort = ParticipantGen.CohortArbitrary();

    private static readonly Arbitrary<(Participant[] A, Participant[] B, Participant[] C, Segment Segment)> ThreeCohorts =
        (from a in ParticipantGen.Cohort(25)
         from b in ParticipantGen.Cohort(25)
         from c in ParticipantGen.Cohort(25)
         from s in Gen.Elements(Segment.Company, Segment.SelfEmployed)
         select (a, b, c, s)).ToArbitrary();

    private static readonly Arbitrary<(Participant[] Cohort, Segment Segment)> CohortAndSegment =
        (from a in ParticipantGen.Cohort()
         from s in Gen.Elements(Segment.Company, Segment.SelfEmployed)
         select (a, s)).ToArbitrary();

    internal static ReportAccumulator Accumulate(IEnumerable<Participant> participants, Segment segment)
    {
        var accumulator = new ReportAccumulator(new ReportOptions(segment));
        accumulator.AddRange(participants);
        return accumulator;
    }

    private static ReportAccumulator Merged(params ReportAccumulator[] parts)
    {
        var result = new ReportAccumulator(parts[0].Options);
        foreach (ReportAccumulator part in parts)
        {
            result.Merge(part);
        }

        return result;
    }

    [Property(MaxTest = Tests)]
    public Property AggregateOfConcatenationEqualsMergeOfAggregates() => Prop.ForAll(ThreeCohorts, t =>
        Accumulate(t.A.Concat(t.B), t.Segment).ToReport() == Merged(Accumulate(t.A, t.Segment), Accumulate(t.B, t.Segment)).ToReport());

    [Property(MaxTest = Tests)]
    public Property MergeIsAssociative() => Prop.ForAll(ThreeCohorts, t =>
    {
        ReportAccumulator a = Accumulate(t.A, t.Segment), b = Accumulate(t.B, t.Segment), c = Accumulate(t.C, t.Segment);
        ReportAccumulator left = Accumulate(t.A, t.Segment);
        left.Merge(b);
        left.Merge(c);
        ReportAccumulator bc = Accumulate(t.B, t.Segment);
        bc.Merge(c);
        a.Merge(bc);
        return left.ToReport() == a.ToReport() && left.ToState() == a.ToState();
    });

    [Property(MaxTest = Tests)]
    public Property MergeIsCommutativeWithTheEmptyAccumulatorAsIdentity() => Prop.ForAll(ThreeCohorts, t =>
    {
        ReportAccumulator ab = Accumulate(t.A, t.Segment);
        ab.Merge(Accumulate(t.B, t.Segment));
        ReportAccumulator ba = Accumulate(t.B, t.Segment);
        ba.Merge(Accumulate(t.A, t.Segment));
        ReportAccumulator withEmpty = Accumulate(t.A, t.Segment);
        withEmpty.Merge(new ReportAccumulator(new ReportOptions(t.Segment)));
        ReportAccumulator emptyWith = new(new ReportOptions(t.Segment));
        emptyWith.Merge(Accumulate(t.A, t.Segment));
        Report a = Accumulate(t.A, t.Segment).ToReport();
        return ab.ToState() == ba.ToState() && ab.ToReport() == ba.ToReport() && withEmpty.ToReport() == a && emptyWith.ToReport() == a;
    });

    [Property(MaxTest = Tests)]
    public Property ResultDoesNotDependOnInputOrder() => Prop.ForAll(CohortAndSegment, t =>
    {
        Participant[] shuffled = [.. t.Cohort.Reverse()];
        var random = new Random(t.Cohort.Length);
        random.Shuffle(shuffled);
        return Accumulate(t.Cohort, t.Segment).ToReport() == Accumulate(shuffled, t.Segment).ToReport();
    });

    [Property(MaxTest = 10)]
    public Property ParallelEqualsSequential() => Prop.ForAll(CohortAndSegment, t =>
    {
        // Repeat the cohort so that several batches run in parallel.
        Participant[] many = [.. Enumerable.Repeat(t.Cohort, 100).SelectMany(c => c)];
        var options = new ReportOptions(t.Segment);
        Report sequential = ReportAggregator.Aggregate(many, options);
        Report fromList = ReportAggregator.AggregateParallel(many, options).ToReport();
        Report fromSequence = ReportAggregator.AggregateParallel(many.Select(p => p), options).ToReport();
        BreakdownReport groupedSequential = Grouped(many, t.Segment);
        BreakdownReport groupedParallel = ReportAggregator.AggregateParallel(many, () => GroupedReportAccumulator.ByPartner(options, ParticipantGen.Partners)).ToReport();
        return sequential == fromList && sequential == fromSequence && groupedSequential == groupedParallel;
    });

    [Property(MaxTest = Tests)]
    public Property AccumulatorEqualsTheNaiveReferenceTableByTable() => Prop.ForAll(CohortAndSegment, t =>
    {
        Report actual = Accumulate(t.Cohort, t.Segment).ToReport();
        Report expected = NaiveReport.Build(t.Cohort, t.Segment);
        AssertTablesEqual(expected, actual);
    });

    [Property(MaxTest = Tests)]
    public Property ScaleMomentsEqualTheNaiveSums() => Prop.ForAll(CohortAndSegment, t =>
    {
        Report report = Accumulate(t.Cohort, t.Segment).ToReport();
        foreach ((StatementScale scale, ScaleMoments? m) in new[] { (StatementScale.Opportunity, report.OpportunityMoments), (StatementScale.Obstacle, report.ObstacleMoments) })
        {
            Assert.NotNull(m);
            List<int[]> ratings = NaiveReport.Ratings(t.Cohort, t.Segment, scale);
            int k = DiCatalog.For(t.Segment).Statements(scale).Count;
            Assert.Equal(k, m.ItemCount);
            var listwise = ratings.Where(r => r.All(x => x != 0)).ToList();
            Assert.Equal(listwise.Count, m.ListwiseCount);
            for (int i = 0; i < k; i++)
            {
                Assert.Equal(listwise.Sum(r => (long)r[i]), m.ListwiseSum(i));
                for (int j = 0; j < k; j++)
                {
                    Assert.Equal(listwise.Sum(r => (long)r[i] * r[j]), m.ListwiseCrossProduct(i, j));
                    var both = ratings.Where(r => r[i] != 0 && r[j] != 0).ToList();
                    Assert.Equal(both.Count, m.PairCount(i, j));
                    Assert.Equal(both.Sum(r => (long)r[i]), m.PairSum(i, j));
                    Assert.Equal(both.Sum(r => (long)r[j]), m.PairSum(j, i));
                    Assert.Equal(both.Sum(r => (long)r[i] * r[i]), m.PairSumOfSquares(i, j));
                    Assert.Equal(both.Sum(r => (long)r[i] * r[j]), m.PairCrossProduct(i, j));
                }
            }
        }
    });

    [Property(MaxTest = Tests)]
    public Property CountsOfEveryTableSumToItsBase() => Prop.ForAll(CohortAndSegment, t =>
    {
        Report report = Accumulate(t.Cohort, t.Segment).ToReport();
        ReportTables x = report.Tables;
        long n = report.Participants;
        Assert.Equal(t.Cohort.Count(p => p.Segment == t.Segment && p.IsComplete), n);
        Assert.Equal(t.Cohort.Count(p => p.Segment == t.Segment && !p.IsComplete), report.ExcludedIncomplete);
        Assert.Equal(n, x.TypologyStart.Rows.Sum(r => r.Count));
        Assert.Equal(n, x.TypologyEnd.Rows.Sum(r => r.Count));
        Assert.Equal(n, x.TypologyTransitions.Cells.Sum(c => c.Count));
        Assert.Equal(49, x.TypologyTransitions.Cells.Count);
        Assert.Equal(n, x.Growth.Rows.Sum(r => r.Count));
        Assert.Equal(n, x.Growth.Declined.Count + x.Growth.Stable.Count + x.Growth.Grew.Count);
        foreach (StatementItem item in x.Opportunities.Items.Concat(x.Obstacles.Items))
        {
            Assert.Equal(item.N, item.Counts.Sum());
            Assert.Equal(n, item.N + item.Missing);
        }

        Assert.Equal(n, x.Continuation.Continues.Total);
        Assert.Equal(x.Continuation.Continues.Yes, x.Continuation.Form.Total);
        Assert.Equal(x.Continuation.Continues.Yes, x.Continuation.SupportWanted.Total);
        foreach (AspectFollowUp aspect in x.ActionFollowUp.Aspects)
        {
            Assert.Equal(aspect.Total.N, aspect.Rows.Sum(r => r.Counts.N));
        }

        Assert.Equal(n, x.Satisfaction.Unanswered + x.Satisfaction.Rows.Sum(r => r.Count));
        Assert.Equal(n, x.Grades.Unanswered + x.Grades.Rows.Sum(r => r.Count));
        foreach (ApproachFieldTable field in new[] { x.Approach.Diagnosis, x.Approach.Presentation, x.Approach.Execution })
        {
            Assert.Equal(n, field.Unanswered + field.Combinations.Sum(c => c.Count));
            Assert.Equal(field.Options.Sum(o => o.Count), field.Combinations.Sum(c => c.Count * c.Keys.Count));
        }

        Assert.Equal(n, x.Profile.SizeClasses.Unanswered + x.Profile.SizeClasses.Rows.Sum(r => r.Count));
        Assert.Equal(n, x.Profile.Sectors.Unanswered + x.Profile.Sectors.Rows.Sum(r => r.Count));
        foreach (ProfileDistribution band in new[] { x.Profile.PermanentContracts, x.Profile.Men }.OfType<ProfileDistribution>())
        {
            Assert.Equal(n, band.Unanswered + band.Rows.Sum(r => r.Count));
        }

        foreach (ProfileGroupDistribution group in x.Profile.AgeGroups.Concat(x.Profile.EducationLevels))
        {
            Assert.Equal(n, group.Unanswered + group.Rows.Sum(r => r.Count));
        }

        Assert.Equal(t.Segment == Segment.Company, x.Profile.HasStaffBands);
    });

    [Property(MaxTest = Tests)]
    public Property GroupCountsSumToTheOverallCounts() => Prop.ForAll(CohortAndSegment, t =>
    {
        BreakdownReport breakdown = Grouped(t.Cohort, t.Segment);
        Assert.Equal(Accumulate(t.Cohort, t.Segment).ToReport(), breakdown.Overall);
        Assert.Equal(["P1", "P2", "P3", "P4"], breakdown.Groups.Take(4).Select(g => g.Group!.Key));
        Assert.All(breakdown.Groups, g => Assert.Equal(ReportGroup.ByPartner, g.Group!.By));
        Assert.Equal(breakdown.Overall.Participants, breakdown.Groups.Sum(g => g.Participants));
        Assert.Equal(breakdown.Overall.ExcludedIncomplete, breakdown.Groups.Sum(g => g.ExcludedIncomplete));
        for (int i = 0; i < 49; i++)
        {
            Assert.Equal(breakdown.Overall.Tables.TypologyTransitions.Cells[i].Count, breakdown.Groups.Sum(g => g.Tables.TypologyTransitions.Cells[i].Count));
        }

        for (int i = 0; i < 10; i++)
        {
            Assert.Equal(breakdown.Overall.Tables.Grades.Rows[i].Count, breakdown.Groups.Sum(g => g.Tables.Grades.Rows[i].Count));
        }

        for (int a = 0; a < breakdown.Overall.Tables.ActionFollowUp.Aspects.Count; a++)
        {
            Assert.Equal(breakdown.Overall.Tables.ActionFollowUp.Aspects[a].Total.N, breakdown.Groups.Sum(g => g.Tables.ActionFollowUp.Aspects[a].Total.N));
        }

        foreach (Report group in breakdown.Groups)
        {
            Assert.Equal(NaiveReport.Build(t.Cohort.Where(p => p.Partner == group.Group!.Key), t.Segment, group.Group).Tables.Grades, group.Tables.Grades);
        }
    });

    [Property(MaxTest = Tests)]
    public Property GroupedMergeEqualsOnePassInEitherOrder() => Prop.ForAll(ThreeCohorts, t =>
    {
        GroupedReportAccumulator Make(IEnumerable<Participant> participants)
        {
            var grouped = new GroupedReportAccumulator(new ReportOptions(t.Segment), "partner", p => p.Partner, ["P3", "P1"]);
            grouped.AddRange(participants);
            return grouped;
        }

        GroupedReportAccumulator ab = Make(t.A);
        ab.Merge(Make(t.B));
        GroupedReportAccumulator ba = Make(t.B);
        ba.Merge(Make(t.A));
        BreakdownReport once = Make(t.A.Concat(t.B)).ToReport();
        return ab.ToReport() == once && ba.ToReport() == once;
    });

    [Property(MaxTest = Tests)]
    public Property GroupedShardStatesMergeIntoTheOnePassBreakdown() => Prop.ForAll(ThreeCohorts, t =>
    {
        var total = GroupedReportAccumulator.ByPartner(new ReportOptions(t.Segment), ParticipantGen.Partners);
        foreach (Participant[] shard in new[] { t.A, t.B, t.C })
        {
            var part = GroupedReportAccumulator.ByPartner(new ReportOptions(t.Segment), ParticipantGen.Partners);
            part.AddRange(shard);
            string json = part.ToState().ToJson();
            ReportReadResult<GroupedAccumulatorState> read = GroupedAccumulatorState.FromJson(json);
            Assert.True(read.Success, string.Join("; ", read.Problems));
            Assert.Equal(part.ToState(), read.Value);
            total.Merge(GroupedReportAccumulator.FromState(read.Value, p => p.Partner));
        }

        Assert.Equal(Grouped(t.A.Concat(t.B).Concat(t.C), t.Segment), total.ToReport());
    });

    [Property(MaxTest = Tests)]
    public Property MeanGrowthIsMeanEndMinusMeanStart() => Prop.ForAll(CohortAndSegment, t =>
    {
        ReportTables x = Accumulate(t.Cohort, t.Segment).ToReport().Tables;
        if (x.Growth.N == 0)
        {
            return x.Growth.Mean is null && x.TypologyStart.Mean is null && x.TypologyEnd.Mean is null;
        }

        return Math.Abs(x.Growth.Mean!.Value - (x.TypologyEnd.Mean!.Value - x.TypologyStart.Mean!.Value)) < 1e-12;
    });

    [Property(MaxTest = Tests)]
    public Property AccumulatorStateRoundTripsThroughJson() => Prop.ForAll(CohortAndSegment, t =>
    {
        ReportAccumulator accumulator = Accumulate(t.Cohort, t.Segment);
        AccumulatorState state = accumulator.ToState();
        ReportReadResult<AccumulatorState> read = AccumulatorState.FromJson(state.ToJson());
        Assert.True(read.Success, string.Join("; ", read.Problems));
        Assert.Equal(state, read.Value);
        Assert.Equal(accumulator.ToReport(), ReportAccumulator.FromState(read.Value).ToReport());
        Assert.Equal(state.ToJson(), read.Value.ToJson());
    });

    [Property(MaxTest = 25)]
    public Property ReportJsonRoundTrips() => Prop.ForAll(CohortAndSegment, t =>
    {
        BreakdownReport breakdown = Grouped(t.Cohort, t.Segment);
        byte[] json = ReportJsonWriter.ToUtf8Bytes(breakdown);
        ReportReadResult<BreakdownReport> read = ReportJsonReader.ReadBreakdown(json);
        Assert.True(read.Success, string.Join("; ", read.Problems));
        Assert.Equal(json, ReportJsonWriter.ToUtf8Bytes(read.Value));
        Assert.Equal(WithoutMoments(breakdown.Overall), read.Value.Overall);

        byte[] single = ReportJsonWriter.ToUtf8Bytes(breakdown.Groups[0], new ReportJsonOptions { Indented = false });
        ReportReadResult<Report> one = ReportJsonReader.Read(single);
        Assert.True(one.Success, string.Join("; ", one.Problems));
        Assert.Equal(single, ReportJsonWriter.ToUtf8Bytes(one.Value, new ReportJsonOptions { Indented = false }));
    });

    internal static BreakdownReport Grouped(IEnumerable<Participant> participants, Segment segment)
    {
        var grouped = GroupedReportAccumulator.ByPartner(new ReportOptions(segment), ParticipantGen.Partners);
        grouped.AddRange(participants);
        return grouped.ToReport();
    }

    internal static Report WithoutMoments(Report report) => report with { OpportunityMoments = null, ObstacleMoments = null };

    internal static void AssertTablesEqual(Report expected, Report actual)
    {
        Assert.Equal(expected.Segment, actual.Segment);
        Assert.Equal(expected.Participants, actual.Participants);
        Assert.Equal(expected.ExcludedIncomplete, actual.ExcludedIncomplete);
        ReportTables e = expected.Tables, a = actual.Tables;
        Assert.Equal(e.TypologyStart, a.TypologyStart);
        Assert.Equal(e.TypologyEnd, a.TypologyEnd);
        Assert.Equal(e.TypologyTransitions, a.TypologyTransitions);
        Assert.Equal(e.Growth, a.Growth);
        Assert.Equal(e.Aspects, a.Aspects);
        Assert.Equal(RoundSd(e.Opportunities), RoundSd(a.Opportunities));
        Assert.Equal(RoundSd(e.Obstacles), RoundSd(a.Obstacles));
        Assert.Equal(e.Continuation, a.Continuation);
        Assert.Equal(e.ActionFollowUp, a.ActionFollowUp);
        Assert.Equal(e.Satisfaction, a.Satisfaction);
        Assert.Equal(e.Grades, a.Grades);
        Assert.Equal(e.Approach, a.Approach);
        Assert.Equal(e.Profile, a.Profile);
    }

    // The reference computes the standard deviation in two passes, the accumulator from exact integer sums; they
    // agree to rounding error only.
    private static StatementTable RoundSd(StatementTable table) =>
        new(table.Items.Select(i => i with { Sd = i.Sd is { } sd ? Math.Round(sd, 10) : null }).ToImmutableArray());
}
