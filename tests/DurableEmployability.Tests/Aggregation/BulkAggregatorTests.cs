using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Generation;
using DurableEmployability.Reference;
using DurableEmployability.Trajectories;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Aggregation;

public class BulkAggregatorTests
{
    private const int Tests = 60;

    private static readonly Arbitrary<(Participant[] Cohort, Segment Segment, int Degree)> Cases =
        (from cohort in ParticipantGen.Cohort(60)
         from segment in Gen.Elements(Segment.Company, Segment.SelfEmployed)
         from degree in Gen.Elements(-1, 1, 2, 3)
         select (cohort, segment, degree)).ToArbitrary();

    private static readonly Lazy<Participant[]> Large = new(() => [.. new CohortGenerator(11).Generate(70_000)]);

    private static ReportAccumulator Rich(IEnumerable<Participant> participants, ReportOptions options)
    {
        var accumulator = new ReportAccumulator(options);
        accumulator.AddRange(participants);
        return accumulator;
    }

    private static GroupedReportAccumulator RichByPartner(IEnumerable<Participant> participants, ReportOptions options, IEnumerable<Partner> partners)
    {
        var grouped = GroupedReportAccumulator.ByPartner(options, partners);
        grouped.AddRange(participants);
        return grouped;
    }

    [Property(MaxTest = Tests)]
    public Property BulkAggregationGivesTheSameStateAndReportAsTheRichAccumulator() => Prop.ForAll(Cases, t =>
    {
        var options = new ReportOptions(t.Segment);
        ReportAccumulator rich = Rich(t.Cohort, options);
        ReportAccumulator bulk = BulkAggregator.Aggregate(CompactBatch.From(t.Cohort), options, t.Degree);
        return bulk.ToState() == rich.ToState() && bulk.ToReport() == rich.ToReport();
    });

    [Property(MaxTest = Tests)]
    public Property BulkAggregationByPartnerGivesTheSameStateAndReportAsTheGroupedAccumulator() => Prop.ForAll(Cases, t =>
    {
        var options = new ReportOptions(t.Segment);
        GroupedReportAccumulator rich = RichByPartner(t.Cohort, options, ParticipantGen.Partners);
        GroupedReportAccumulator bulk = BulkAggregator.AggregateByPartner(CompactBatch.From(t.Cohort), options, ParticipantGen.Partners, t.Degree);
        return bulk.ToState() == rich.ToState() && bulk.ToReport() == rich.ToReport();
    });

    [Property(MaxTest = 20)]
    public Property ABatchBuiltFromASpanEqualsOneBuiltFromASequence() => Prop.ForAll(Cases, t =>
    {
        var options = new ReportOptions(t.Segment);
        return BulkAggregator.Aggregate(CompactBatch.From(t.Cohort.AsSpan()), options).ToState()
            == BulkAggregator.Aggregate(CompactBatch.From(t.Cohort.Select(p => p)), options).ToState();
    });

    [Theory]
    [InlineData(Segment.Company, 1)]
    [InlineData(Segment.Company, 2)]
    [InlineData(Segment.SelfEmployed, 2)]
    public void AGeneratedCohortSplitOverWorkersGivesTheRichReport(Segment segment, int degree)
    {
        var options = new ReportOptions(segment);
        CompactBatch batch = CompactBatch.From(Large.Value);
        Assert.Equal(Rich(Large.Value, options).ToState(), BulkAggregator.Aggregate(batch, options, degree).ToState());
        Assert.Equal(
            RichByPartner(Large.Value, options, Phase1Reconstruction.Partners).ToState(),
            BulkAggregator.AggregateByPartner(batch, options, Phase1Reconstruction.Partners, degree).ToState());
    }

    [Fact]
    public void LargeHeadcountsAndOtherSizeClassSchemesCountAsInTheRichAccumulator()
    {
        Participant template = Phase1Reconstruction.Participants.First(p => p.IsComplete && p.Segment == Segment.Company);
        int[] headcounts = [1, 2, 999, 1000, 1023, 1024, 1025, 2000, 2001, 5000, 1_000_000, int.MaxValue];
        Participant[] cohort = [.. headcounts.Select(h => template with { Registration = template.Registration! with { Headcount = h } })];
        foreach (SizeClassScheme scheme in new[] { SizeClassScheme.Default, SizeClassScheme.Create([1, 1023, 1024, 2000]), SizeClassScheme.Create([5_000_000]) })
        {
            var options = new ReportOptions(Segment.Company) { SizeClasses = scheme };
            Assert.Equal(Rich(cohort, options).ToState(), BulkAggregator.Aggregate(CompactBatch.From(cohort), options).ToState());
        }
    }

    [Fact]
    public void ACompactRecordTakes32Bytes() => Assert.Equal(32, System.Runtime.CompilerServices.Unsafe.SizeOf<CompactRecord>());

    [Fact]
    public void AnEmptyBatchGivesTheEmptyAccumulator()
    {
        var options = new ReportOptions(Segment.Company);
        Assert.Equal(new ReportAccumulator(options).ToState(), BulkAggregator.Aggregate(CompactBatch.Empty, options).ToState());
        Assert.Equal(
            GroupedReportAccumulator.ByPartner(options, ParticipantGen.Partners).ToState(),
            BulkAggregator.AggregateByPartner(CompactBatch.Empty, options, ParticipantGen.Partners).ToState());
    }

    [Fact]
    public void TheBatchKeepsPartnersAndSectorsInOrderOfFirstAppearance()
    {
        Participant template = Phase1Reconstruction.Participants.First(p => p.IsComplete && p.Segment == Segment.Company);
        Participant[] cohort =
        [
            template with { Partner = "B", Registration = template.Registration! with { Sector = "x" } },
            template with { Partner = "A", Registration = template.Registration! with { Sector = "" } },
            template with { Partner = "B", Registration = template.Registration! with { Sector = "y" } },
            template with { Partner = "C", Monitor2 = null },
        ];
        CompactBatch batch = CompactBatch.From(cohort);
        Assert.Equal(4, batch.Count);
        Assert.Equal(["B", "A", "C"], batch.PartnerCodes.ToArray());
        Assert.Equal(["x", "y"], batch.Sectors.ToArray());
        Assert.True(batch.SizeInBytes >= 4 * 32);
    }

    [Fact]
    public void ProgressEndsAtTheBatchSize()
    {
        CompactBatch batch = CompactBatch.From(Large.Value);
        var progress = new LastValue();
        _ = BulkAggregator.Aggregate(batch, new ReportOptions(Segment.Company), 2, progress);
        Assert.Equal(batch.Count, progress.Value);
    }

    [Fact]
    public void ArgumentsAreValidatedAndCancellationIsObserved()
    {
        var options = new ReportOptions(Segment.Company);
        Assert.Throws<ArgumentNullException>(() => BulkAggregator.Aggregate(null!, options));
        Assert.Throws<ArgumentNullException>(() => BulkAggregator.Aggregate(CompactBatch.Empty, null!));
        Assert.Throws<ArgumentNullException>(() => BulkAggregator.AggregateByPartner(CompactBatch.Empty, options, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => BulkAggregator.Aggregate(CompactBatch.Empty, options, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => BulkAggregator.Aggregate(CompactBatch.Empty, options, -2));
        Assert.Throws<ArgumentNullException>(() => CompactBatch.From((IEnumerable<Participant>)null!));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => BulkAggregator.Aggregate(CompactBatch.Empty, options, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void TheBuilderIsEmptyAfterToBatch()
    {
        var builder = new CompactBatchBuilder();
        builder.AddRange(Phase1Reconstruction.Participants);
        Assert.Equal(Phase1Reconstruction.Participants.Count, builder.Count);
        CompactBatch first = builder.ToBatch();
        Assert.Equal(0, builder.Count);
        Assert.Equal(0, builder.ToBatch().Count);
        Assert.Equal(Phase1Reconstruction.Participants.Count, first.Count);
    }

    private sealed class LastValue : IProgress<long>
    {
        private long value;

        public long Value => Interlocked.Read(ref value);

        public void Report(long value)
        {
            long current;
            do
            {
                current = Interlocked.Read(ref this.value);
            }
            while (value > current && Interlocked.CompareExchange(ref this.value, value, current) != current);
        }
    }
}
