using System;
using System.Linq;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Generation;
using DurableEmployability.Reference;
using DurableEmployability.Trajectories;
using Xunit;

namespace DurableEmployability.Tests.Aggregation;

/// <summary>
/// Adding participants allocates nothing per participant. The bound is generous (under one byte per participant, where
/// a single allocation per participant would cost at least 24 bytes each), so JIT or runtime noise cannot fail it.
/// </summary>
public class AllocationTests
{
    private const int Count = 20_000;

    private static readonly Participant[] Cohort = [.. new CohortGenerator(7).Generate(Count)];

    [Theory]
    [InlineData(Segment.Company)]
    [InlineData(Segment.SelfEmployed)]
    public void AddingParticipantsToAReportAccumulatorAllocatesNothingPerParticipant(Segment segment)
    {
        var accumulator = new ReportAccumulator(new ReportOptions(segment));
        for (int pass = 0; pass < 3; pass++)
        {
            accumulator.Add(Cohort); // warm up: JIT, every sector known, and past the switch to histograms (allocated once)
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        accumulator.Add(Cohort);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(accumulator.Participants > 0);
        Assert.True(allocated < Count, $"{allocated} bytes allocated for {Count} participants.");
    }

    [Fact]
    public void AddingParticipantsToAGroupedAccumulatorAllocatesNothingPerParticipant()
    {
        var grouped = GroupedReportAccumulator.ByPartner(new ReportOptions(Segment.Company), Phase1Reconstruction.Partners);
        for (int pass = 0; pass < 3; pass++)
        {
            grouped.Add(Cohort);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        grouped.Add(Cohort);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < Count, $"{allocated} bytes allocated for {Count} participants.");
    }

    [Fact]
    public void NoAccumulatorSwitchesToHistogramsDuringTheMeasuredPass()
    {
        // Three warm-up passes, one measured: each group switched before, or does not reach the switch at all.
        const int limit = ReportAccumulator.DefaultDirectLimit;
        Assert.All(
            Cohort.Where(p => p.IsComplete && p.Segment == Segment.Company).GroupBy(p => p.Partner).Select(g => g.Count()),
            n => Assert.True(3 * n > limit || 4 * n <= limit, $"{n} per pass"));
        Assert.True(3 * Cohort.Count(p => p.IsComplete && p.Segment == Segment.SelfEmployed) > ReportAccumulator.DefaultDirectLimit);
    }

    [Fact]
    public void TheCohortHasSectorsActionsAndRatingsSoTheMeasurementCoversThem()
    {
        Assert.Contains(Cohort, p => !string.IsNullOrEmpty(p.Registration?.Sector));
        Assert.Contains(Cohort, p => p.Monitor3?.Actions.Count > 1);
        Assert.Contains(Cohort, p => p.Monitor3?.Opportunities.Count > 1 && p.Monitor3.Obstacles.Count > 1);
        Assert.Contains(Cohort, p => p.Segment == Segment.SelfEmployed);
        Assert.True(Cohort.Count(p => p.IsComplete) > Count / 2);
    }
}
