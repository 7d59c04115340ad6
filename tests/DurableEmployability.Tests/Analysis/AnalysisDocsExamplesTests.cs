using System.Collections.Immutable;
using System.Linq;
using DurableEmployability.Analysis;
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
}
