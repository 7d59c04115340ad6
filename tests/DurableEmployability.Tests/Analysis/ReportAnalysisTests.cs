using System;
using System.Collections.Generic;
using System.Linq;
using DurableEmployability.Aggregation;
using DurableEmployability.Analysis;
using DurableEmployability.Catalog;
using DurableEmployability.Reference;
using DurableEmployability.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Analysis;

// Reference values for the phase I company report (n = 476), computed independently with mpmath (40 digits) from the
// report's own counts (transition table, growth rows, statement counts):
// - Stuart–Maxwell: d and V from the 7 × 7 table, last category dropped, d'V⁻¹d with mpmath.inverse; p = the regularized
//   upper incomplete gamma Q(df/2, x/2).
// - Bowker: Σ (nij − nji)²/(nij + nji) over the 18 pairs with nij + nji > 0.
// - t intervals: exact rational mean and variance of the counts; t quantile by mpmath.findroot on the t CDF
//   (1 − I_{ν/(ν+x²)}(ν/2, ½)/2), t(0.975; 475) = 1.964970773330284.
// - Cronbach's α: recomputed in the test from the raw ratings as k/(k − 1)·(1 − Σ var(xᵢ)/var(Σxᵢ)).
public class ReportAnalysisTests
{
    private static readonly Lazy<Report> Companies = new(() =>
        ReportAggregator.Aggregate(Phase1Reconstruction.Participants, new ReportOptions(Segment.Company)));

    private static readonly long[] PhaseOneTransitions =
    [
        11, 58, 35, 13, 5, 0, 0,
        0, 27, 94, 56, 9, 1, 1,
        1, 0, 28, 25, 14, 4, 1,
        0, 1, 2, 16, 22, 10, 7,
        0, 0, 0, 0, 19, 0, 0,
        0, 0, 0, 0, 1, 13, 0,
        0, 0, 0, 1, 0, 1, 0,
    ];

    [Fact]
    public void PhaseOneCompaniesImprovedFarBeyondChance()
    {
        ReportAnalysis analysis = ReportAnalysis.Compute(Companies.Value);
        TypologyChangeAnalysis change = analysis.TypologyChange!;
        Assert.Equal(0.95, analysis.ConfidenceLevel);
        Assert.Equal((476L, 355L, 114L, 7L), (change.N, change.Improved, change.Unchanged, change.Declined));
        Assert.True(change.SignTestP < 1e-90);
        Assert.Equal(64433.5, change.Wilcoxon.TPlus);
        Assert.Equal(1269.5, change.Wilcoxon.TMinus);
        Assert.True(change.Wilcoxon.P < 1e-50);

        ChiSquareTestResult marginal = change.MarginalHomogeneity!;
        Assert.Equal("stuart-maxwell", marginal.Test);
        Assert.Equal(6, marginal.DegreesOfFreedom);
        Close.Relative(290.68183145172261, marginal.Statistic, 1e-11);
        Close.Relative(8.1089407143505361e-60, marginal.P, 1e-8);

        ChiSquareTestResult symmetry = change.Symmetry!;
        Assert.Equal("bowker", symmetry.Test);
        Assert.Equal(18, symmetry.DegreesOfFreedom);
        Close.Relative(343.27387914230019, symmetry.Statistic, 1e-12);
        Close.Relative(5.6362615636668836e-62, symmetry.P, 1e-8);
    }

    [Fact]
    public void TheReportsTransitionTableIsThePhaseOneTable()
    {
        // Pins the input of the reference computation above.
        Assert.Equal(PhaseOneTransitions, Companies.Value.Tables.TypologyTransitions.Cells.Select(c => c.Count));
        Assert.Equal(TypologyChangeAnalysis.FromTransitions(PhaseOneTransitions), ReportAnalysis.Compute(Companies.Value).TypologyChange);
    }

    [Fact]
    public void MeanIntervalsMatchTheReference()
    {
        ReportAnalysis analysis = ReportAnalysis.Compute(Companies.Value);
        ConfidenceInterval growth = analysis.GrowthMeanInterval!.Value;
        Close.Relative(1.0650670872239043, growth.Low, 1e-11);
        Close.Relative(1.2458572825239948, growth.High, 1e-11);

        StatementMeanInterval awareness = analysis.OpportunityMeans[0];
        Assert.Equal("awareness", awareness.Key);
        Assert.Equal(476, awareness.N);
        Close.Relative(3.834864874888879, awareness.Interval!.Value.Low, 1e-11);
        Close.Relative(3.9928662175480958, awareness.Interval.Value.High, 1e-11);

        StatementMeanInterval investment = analysis.ObstacleMeans[0];
        Assert.Equal("investment-need", investment.Key);
        Close.Relative(2.0538559444042391, investment.Interval!.Value.Low, 1e-11);
        Close.Relative(2.2528667446713912, investment.Interval.Value.High, 1e-11);
        Assert.Equal(Companies.Value.Tables.Opportunities.Items.Select(i => i.Key), analysis.OpportunityMeans.Select(m => m.Key));
        Assert.Equal(Companies.Value.Tables.Obstacles.Items.Select(i => i.Key), analysis.ObstacleMeans.Select(m => m.Key));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReliabilityFromTheReportEqualsAlphaOfTheRawRatings(bool opportunities)
    {
        ReportAnalysis analysis = ReportAnalysis.Compute(Companies.Value);
        ReliabilityAnalysis reliability = (opportunities ? analysis.OpportunityReliability : analysis.ObstacleReliability)!;
        int[][] rows = RawRatings(opportunities);
        int k = rows[0].Length;
        int[][] listwise = rows.Where(r => r.All(x => x > 0)).ToArray();

        Assert.Equal(ReliabilityMissing.Listwise, reliability.Missing);
        Assert.Equal(listwise.Length, reliability.N);
        Close.Relative(NaiveAlpha(listwise), reliability.Alpha!.Value, 1e-10);
        for (int i = 0; i < k; i++)
        {
            int[][] without = listwise.Select(r => r.Where((_, j) => j != i).ToArray()).ToArray();
            Close.Relative(NaiveAlpha(without), reliability.Items[i].AlphaIfDeleted!.Value, 1e-10);
            Close.Relative(
                Correlation(listwise.Select(r => (double)r[i]), without.Select(r => (double)r.Sum())),
                reliability.Items[i].ItemRestCorrelation!.Value,
                1e-10);
        }

        ReportAnalysis pairwise = ReportAnalysis.Compute(Companies.Value, missing: ReliabilityMissing.Pairwise);
        ReliabilityAnalysis fromMoments = (opportunities ? pairwise.OpportunityReliability : pairwise.ObstacleReliability)!;
        Assert.Equal(ReliabilityMissing.Pairwise, fromMoments.Missing);
        Close.Relative(CronbachAlpha.FromRows(rows, k, ReliabilityMissing.Pairwise).Alpha!.Value, fromMoments.Alpha!.Value, 1e-10);
    }

    [Fact]
    public void AReportReadFromJsonHasNoReliabilityButTheSameTestsAndIntervals()
    {
        Report read = ReportJsonReader.Read(ReportJsonWriter.ToUtf8Bytes(Companies.Value)).GetValueOrThrow();
        ReportAnalysis fromJson = ReportAnalysis.Compute(read);
        ReportAnalysis built = ReportAnalysis.Compute(Companies.Value);
        Assert.Null(fromJson.OpportunityReliability);
        Assert.Null(fromJson.ObstacleReliability);
        Assert.NotNull(built.OpportunityReliability);
        Assert.Equal(built.TypologyChange, fromJson.TypologyChange);
        Assert.Equal(built.GrowthMeanInterval, fromJson.GrowthMeanInterval);
        Assert.Equal(built.OpportunityMeans, fromJson.OpportunityMeans);
        Assert.Equal(built.ObstacleMeans, fromJson.ObstacleMeans);
    }

    [Fact]
    public void WithoutATransitionTableTheChangeComesFromTheGrowthRows()
    {
        Report report = Companies.Value;
        Report noCells = report with { Tables = report.Tables with { TypologyTransitions = new TransitionTable(476, default) } };
        TypologyChangeAnalysis change = ReportAnalysis.Compute(noCells).TypologyChange!;
        Assert.Null(change.MarginalHomogeneity);
        Assert.Equal(355, change.Improved);
        Assert.Equal(ReportAnalysis.Compute(report).TypologyChange!.Wilcoxon, change.Wilcoxon);

        Report neither = noCells with { Tables = noCells.Tables with { Growth = noCells.Tables.Growth with { Rows = default } } };
        Assert.Null(ReportAnalysis.Compute(neither).TypologyChange);
        Assert.Null(ReportAnalysis.Compute(neither).GrowthMeanInterval);
    }

    [Fact]
    public void AnEmptyReportHasNoIntervalsAndNoSignificance()
    {
        Report empty = new ReportAccumulator(new ReportOptions(Segment.Company)).ToReport();
        ReportAnalysis analysis = ReportAnalysis.Compute(empty);
        Assert.Equal(0, analysis.TypologyChange!.N);
        Assert.Equal(1, analysis.TypologyChange.SignTestP);
        Assert.Null(analysis.TypologyChange.RankBiserial);
        Assert.Null(analysis.TypologyChange.MarginalHomogeneity);
        Assert.Null(analysis.GrowthMeanInterval);
        Assert.All(analysis.OpportunityMeans, m => Assert.Null(m.Interval));
        Assert.Null(analysis.OpportunityReliability!.Alpha);
    }

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Throws<ArgumentNullException>(() => ReportAnalysis.Compute(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportAnalysis.Compute(Companies.Value, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportAnalysis.Compute(Companies.Value, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportAnalysis.Compute(Companies.Value, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportAnalysis.Compute(Companies.Value, 0.95, (ReliabilityMissing)0));
        Assert.Throws<ArgumentNullException>(() => ReportAnalysis.Reliability(null!, ReliabilityMissing.Listwise));
    }

    [Property(MaxTest = 100)]
    public Property MeanIntervalsWidenWithTheLevelAndContainTheMean()
    {
        var gen = from lower in Gen.Choose(50, 989)
                  from step in Gen.Choose(1, 10)
                  select (lower / 1000.0, (lower + step) / 1000.0);
        return Prop.ForAll(gen.ToArbitrary(), levels =>
        {
            ReportAnalysis narrow = ReportAnalysis.Compute(Companies.Value, levels.Item1);
            ReportAnalysis wide = ReportAnalysis.Compute(Companies.Value, levels.Item2);
            bool nested = narrow.OpportunityMeans.Zip(wide.OpportunityMeans).All(p =>
                p.Second.Interval!.Value.Low < p.First.Interval!.Value.Low
                && p.First.Interval.Value.High < p.Second.Interval.Value.High
                && p.First.Interval.Value.Contains(p.First.Mean!.Value));
            ConfidenceInterval g1 = narrow.GrowthMeanInterval!.Value, g2 = wide.GrowthMeanInterval!.Value;
            return nested && g2.Low < g1.Low && g1.High < g2.High && g1.Contains(Companies.Value.Tables.Growth.Mean!.Value);
        });
    }

    private static int[][] RawRatings(bool opportunities)
    {
        IReadOnlyList<Statement> statements = opportunities ? DiCatalog.Company.Opportunities : DiCatalog.Company.Obstacles;
        return Phase1Reconstruction.Participants
            .Where(p => p.Segment == Segment.Company && p.IsComplete)
            .Select(p => opportunities ? p.Monitor3!.Opportunities : p.Monitor3!.Obstacles)
            .Select(r => statements.Select(s => r.Get(s) is { } rating ? rating.Value : 0).ToArray())
            .ToArray();
    }

    private static double Variance(IEnumerable<double> values)
    {
        double[] x = values.ToArray();
        double mean = x.Average();
        return x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
    }

    private static double NaiveAlpha(int[][] rows)
    {
        int k = rows[0].Length;
        double itemVariances = Enumerable.Range(0, k).Sum(i => Variance(rows.Select(r => (double)r[i])));
        return k / (k - 1.0) * (1 - (itemVariances / Variance(rows.Select(r => (double)r.Sum()))));
    }

    private static double Correlation(IEnumerable<double> xs, IEnumerable<double> ys)
    {
        double[] x = xs.ToArray(), y = ys.ToArray();
        double mx = x.Average(), my = y.Average();
        double sxy = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        return sxy / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }
}
