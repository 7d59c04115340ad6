using System;
using System.Linq;
using DurableEmployability.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Analysis;

// Reference values: phase I published Table 7 (growth distribution, n = 476); sign test by exact rational binomial sum,
// Wilcoxon by the transcription of scipy.stats.wilcoxon described in WilcoxonSignedRankTests; the 7 × 7 example
// table's Stuart–Maxwell and Bowker statistics by exact rational computation (sympy) and mpmath chi-square tails.
public class TypologyChangeAnalysisTests
{
    private static readonly long[] PhaseOneGrowth = [0, 0, 0, 1, 2, 4, 114, 199, 115, 33, 7, 1, 0];

    private static readonly long[] Example =
    [
        10, 5, 3, 1, 0, 0, 0,
        1, 12, 6, 2, 1, 0, 0,
        0, 2, 15, 7, 3, 0, 0,
        0, 0, 1, 9, 4, 2, 0,
        0, 0, 0, 1, 6, 3, 1,
        0, 0, 0, 0, 0, 4, 2,
        0, 0, 0, 0, 0, 0, 3,
    ];

    [Fact]
    public void PhaseOneChangeIsHighlySignificant()
    {
        var change = TypologyChangeAnalysis.FromGrowth(PhaseOneGrowth);
        Assert.Equal(476, change.N);
        Assert.Equal(355, change.Improved);
        Assert.Equal(114, change.Unchanged);
        Assert.Equal(7, change.Declined);
        Close.Relative(3.3109630664339672e-95, change.SignTestP, 1e-10);
        Assert.Equal(362, change.Wilcoxon.N);
        Assert.Equal(64433.5, change.Wilcoxon.TPlus);
        Assert.Equal(1269.5, change.Wilcoxon.TMinus);
        Close.Relative(-16.284552385672567, change.Wilcoxon.Z!.Value, 1e-12);
        Close.Relative(1.2705539135931544e-59, change.Wilcoxon.P, 1e-9);
        Assert.True(change.Wilcoxon.P < 0.001 && change.SignTestP < 0.001);
        Assert.Equal(0.961, Math.Round(change.RankBiserial!.Value, 3));
        Assert.Null(change.MarginalHomogeneity);
        Assert.Null(change.Symmetry);
    }

    [Fact]
    public void FromTransitionsAddsTheTableTests()
    {
        var change = TypologyChangeAnalysis.FromTransitions(Example);
        Assert.Equal(change.Wilcoxon, TypologyChangeAnalysis.FromGrowth([0, 0, 0, 0, 0, 5, 59, 27, 11, 2, 0, 0, 0]).Wilcoxon);
        Assert.Equal(40, change.Improved);
        Assert.Equal(5, change.Declined);
        Assert.Equal(6, change.MarginalHomogeneity!.DegreesOfFreedom);
        Close.Relative(27.369860579551666, change.MarginalHomogeneity.Statistic, 1e-12);
        Close.Relative(0.00012343358132180653, change.MarginalHomogeneity.P, 1e-9);
        Assert.Equal(13, change.Symmetry!.DegreesOfFreedom);
        Close.Relative(28.966666666666665, change.Symmetry.Statistic, 1e-13);
        Close.Relative(0.0066175656926252245, change.Symmetry.P, 1e-10);
    }

    [Fact]
    public void WrongShapesThrow()
    {
        Assert.Throws<ArgumentException>(() => TypologyChangeAnalysis.FromGrowth(new long[12]));
        Assert.Equal("growthCounts", Assert.Throws<ArgumentException>(() => TypologyChangeAnalysis.FromGrowth([0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0])).ParamName);
        Assert.Throws<ArgumentException>(() => TypologyChangeAnalysis.FromTransitions(new long[48]));
        Assert.Throws<ArgumentException>(() => TypologyChangeAnalysis.FromTransitions(Enumerable.Repeat(-1L, 49).ToArray()));
    }

    [Property(MaxTest = 100)]
    public Property SwappingStartAndEndKeepsThePValues()
    {
        var gen = Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 9))), 49).Select(c => c.Select(v => (long)v).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), cells =>
        {
            long[] transposed = Enumerable.Range(0, 49).Select(c => cells[((c % 7) * 7) + (c / 7)]).ToArray();
            var a = TypologyChangeAnalysis.FromTransitions(cells);
            var b = TypologyChangeAnalysis.FromTransitions(transposed);
            bool sameMarginal = a.MarginalHomogeneity is null
                ? b.MarginalHomogeneity is null
                : Math.Abs(a.MarginalHomogeneity.P - b.MarginalHomogeneity!.P) <= 1e-9 * Math.Max(1e-300, a.MarginalHomogeneity.P);
            return a.SignTestP == b.SignTestP && a.Wilcoxon.P == b.Wilcoxon.P && a.WilcoxonPratt.P == b.WilcoxonPratt.P
                && a.Improved == b.Declined && sameMarginal && a.Symmetry == b.Symmetry
                && a.SignTestP is >= 0 and <= 1 && (a.MarginalHomogeneity?.P ?? 0.5) is >= 0 and <= 1;
        });
    }
}
