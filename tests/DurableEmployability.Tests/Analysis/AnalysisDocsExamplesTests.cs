using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using DurableEmployability.Aggregation;
using DurableEmployability.Analysis;
using DurableEmployability.Catalog;
using DurableEmployability.Reference;
using DurableEmployability.Serialization;
using DurableEmployability.Trajectories;
using Xunit;

namespace DurableEmployability.Tests.Analysis;

/// <summary>The examples of docs/analysis.md, run as written.</summary>
public class AnalysisDocsExamplesTests
{
    [Fact]
    public void ChangeInTypologyExample()
    {
        long[] growth = [0, 0, 0, 1, 2, 4, 114, 199, 115, 33, 7, 1, 0];
        var change = TypologyChangeAnalysis.FromGrowth(growth);
        Assert.Equal("3.3110E-095", change.SignTestP.ToString("0.0000E+000", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(-16.2846, change.Wilcoxon.Z!.Value, 4);
        Assert.Equal(0.9614, change.RankBiserial!.Value, 4);
        Assert.Equal(-17.4499, change.WilcoxonPratt.Z!.Value, 4);
    }

    [Fact]
    public void ConfidenceIntervalExamples()
    {
        ConfidenceInterval ci = ConfidenceIntervals.Wilson(355, 476)!.Value;
        Assert.Equal((70.48, 78.28), (System.Math.Round(ci.Low, 2), System.Math.Round(ci.High, 2)));
        Assert.Null(ConfidenceIntervals.Wilson(0, 0));
        ConfidenceInterval mean = ConfidenceIntervals.Mean(11, 10.0, 2.0)!.Value;
        Assert.Equal((8.656, 11.344), (System.Math.Round(mean.Low, 3), System.Math.Round(mean.High, 3)));
        Assert.Null(ConfidenceIntervals.Mean(1, 4.0, 0.0));
    }

    [Fact]
    public void ReliabilityExample()
    {
        int[][] rows = [[4, 5, 4, 3], [3, 4, 3, 3], [5, 5, 4, 4], [2, 3, 2, 1], [4, 0, 5, 4]]; // 0 = missing
        ReliabilityAnalysis listwise = CronbachAlpha.FromRows(rows, items: 4, ReliabilityMissing.Listwise);
        ReliabilityAnalysis pairwise = CronbachAlpha.FromRows(rows, items: 4, ReliabilityMissing.Pairwise);
        Assert.Equal(4, listwise.N);
        Assert.Equal(4, pairwise.N);
        Assert.Equal(4, listwise.Items.Count);
        Assert.NotNull(listwise.Alpha);
        Assert.NotNull(pairwise.Alpha);
    }

    [Fact]
    public void RoundingAndSuppressionExamples()
    {
        ImmutableArray<decimal> shown = PercentRounding.ToTenths([100.0 / 3, 100.0 / 3, 100.0 / 3]);
        Assert.Equal([33.4m, 33.3m, 33.3m], shown.ToArray());
        Assert.True(SmallCellProtection.ShouldSuppress(participants: 7, minimumGroup: 10));
        Assert.False(SmallCellProtection.ShouldSuppress(7, 10, isOverall: true));
        Assert.False(SmallCellProtection.ShouldSuppress(7, 0));
    }

    [Fact]
    public void ReportAnalysisAndJsonOptionsExamples()
    {
        IEnumerable<Participant> participants = Phase1Reconstruction.Participants;
        Report report = ReportAggregator.Aggregate(participants, new ReportOptions(Segment.Company));
        ReportAnalysis analysis = ReportAnalysis.Compute(report);
        ReportAnalysis at90 = ReportAnalysis.Compute(report, 0.90, ReliabilityMissing.Pairwise);
        Assert.Equal(355, analysis.TypologyChange!.Improved);
        Assert.Equal((290.68, 6), (Math.Round(analysis.TypologyChange.MarginalHomogeneity!.Statistic, 2), analysis.TypologyChange.MarginalHomogeneity.DegreesOfFreedom));
        Assert.Equal((343.27, 18), (Math.Round(analysis.TypologyChange.Symmetry!.Statistic, 2), analysis.TypologyChange.Symmetry.DegreesOfFreedom));
        Assert.Equal((1.065, 1.246), (Math.Round(analysis.GrowthMeanInterval!.Value.Low, 3), Math.Round(analysis.GrowthMeanInterval.Value.High, 3)));
        Assert.Equal((3.835, 3.993), (Math.Round(analysis.OpportunityMeans[0].Interval!.Value.Low, 3), Math.Round(analysis.OpportunityMeans[0].Interval!.Value.High, 3)));
        Assert.Equal(0.092, Math.Round(analysis.OpportunityReliability!.Alpha!.Value, 3));
        Assert.Equal(-0.067, Math.Round(analysis.ObstacleReliability!.Alpha!.Value, 3));
        Assert.Equal(ReliabilityMissing.Pairwise, at90.OpportunityReliability!.Missing);

        var grouped = GroupedReportAccumulator.ByPartner(new ReportOptions(Segment.Company), Phase1Reconstruction.Partners);
        grouped.AddRange(participants);
        BreakdownReport breakdown = grouped.ToReport();
        var options = new ReportJsonOptions { IncludeAnalysis = true, ConfidenceLevel = 0.95, MinGroupSize = 10 };
        byte[] json = ReportJsonWriter.ToUtf8Bytes(breakdown, options);
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal(
            ["AGF-CKO"],
            document.RootElement.GetProperty("groups").EnumerateArray().Where(g => g.TryGetProperty("suppressed", out _)).Select(g => g.GetProperty("group").GetProperty("key").GetString()));
    }
}
