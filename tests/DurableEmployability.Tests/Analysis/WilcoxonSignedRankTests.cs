using System;
using System.Linq;
using DurableEmployability.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Analysis;

// Reference values:
// - Darwin's Zea mays differences from the scipy.stats.wilcoxon documentation: exact p = 0.041259765625 and
//   method='approx' (correction=False) p = 0.04088813291185591.
// - Otherwise a line-by-line Python transcription of scipy.stats.wilcoxon's normal approximation (ranks, tie correction
//   ½Σ(t³ − t), Pratt's mean and variance adjustment, continuity correction) evaluated with mpmath at 40 digits, which
//   reproduces the scipy documentation values above; and, for the exact tests with ties, a brute-force enumeration
//   over the number of positives in every tie group with exact fractions.
public class WilcoxonSignedRankTests
{
    private static readonly double[] Darwin = [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75];

    // Phase I growth −6…+6 (published Table 7).
    private static readonly long[] PhaseOne = [0, 0, 0, 1, 2, 4, 114, 199, 115, 33, 7, 1, 0];

    [Fact]
    public void DarwinExactMatchesScipyDocumentation()
    {
        WilcoxonSignedRankResult result = WilcoxonSignedRank.FromDifferences(Darwin);
        Assert.True(result.IsExact);
        Assert.Equal(96, result.TPlus);
        Assert.Equal(24, result.TMinus);
        Close.Relative(0.041259765625, result.P, 1e-13);
    }

    [Fact]
    public void DarwinApproximationWithoutCorrectionMatchesScipyDocumentation()
    {
        WilcoxonSignedRankResult result = WilcoxonSignedRank.FromDifferences(Darwin, WilcoxonZeroMethod.Wilcox, WilcoxonMethod.Approximate, continuityCorrection: false);
        Assert.False(result.IsExact);
        Close.Relative(0.04088813291185591, result.P, 1e-12);
        Close.Relative(-2.0446626032894333, result.Z!.Value, 1e-12);
    }

    [Fact]
    public void DarwinApproximationWithCorrection()
    {
        WilcoxonSignedRankResult result = WilcoxonSignedRank.FromDifferences(Darwin, WilcoxonZeroMethod.Wilcox, WilcoxonMethod.Approximate);
        Close.Relative(-2.0162645115770801, result.Z!.Value, 1e-12);
        Close.Relative(0.04377232376304117, result.P, 1e-12);
    }

    [Fact]
    public void PhaseOneWilcoxMatchesScipyApproximation()
    {
        WilcoxonSignedRankResult result = WilcoxonSignedRank.FromDifferenceCounts(PhaseOne);
        Assert.Equal(362, result.N);
        Assert.Equal(114, result.Zeros);
        Assert.Equal(64433.5, result.TPlus);
        Assert.Equal(1269.5, result.TMinus);
        Assert.False(result.IsExact);
        Close.Relative(-16.284552385672567, result.Z!.Value, 1e-12);
        Close.Relative(1.2705539135931544e-59, result.P, 1e-9);
        Close.Relative(63164.0 / 65703.0, result.RankBiserial!.Value, 1e-14);
    }

    [Fact]
    public void PhaseOnePrattMatchesScipyApproximation()
    {
        WilcoxonSignedRankResult result = WilcoxonSignedRank.FromDifferenceCounts(PhaseOne, WilcoxonZeroMethod.Pratt);
        Assert.Equal(104903.5, result.TPlus);
        Assert.Equal(2067.5, result.TMinus);
        Close.Relative(-17.449924796406469, result.Z!.Value, 1e-12);
        Close.Relative(3.4468624905381031e-68, result.P, 1e-9);
        Assert.Equal("pratt", result.ZeroMethodCode);
    }

    [Theory]
    // Heavy ties, 150 zeros, n = 60 nonzero: −2:4, −1:17, 0:150, 1:30, 2:8, 3:1.
    [InlineData(WilcoxonZeroMethod.Wilcox, 1208.0, 622.0, -2.2942234960286844, 0.021777664355127512)]
    [InlineData(WilcoxonZeroMethod.Pratt, 7058.0, 3772.0, -2.3440265769192619, 0.019076811985239526)]
    public void HeavyTiesAndManyZerosMatchScipyApproximation(WilcoxonZeroMethod zeroMethod, double tPlus, double tMinus, double z, double p)
    {
        WilcoxonSignedRankResult result = WilcoxonSignedRank.FromDifferenceCounts([0, 0, 0, 0, 4, 17, 150, 30, 8, 1, 0, 0, 0], zeroMethod);
        Assert.Equal(60, result.N);
        Assert.Equal(tPlus, result.TPlus);
        Assert.Equal(tMinus, result.TMinus);
        Close.Relative(z, result.Z!.Value, 1e-12);
        Close.Relative(p, result.P, 1e-11);
    }

    [Theory]
    // Heavy ties, n = 28 nonzero (exact): −2:3, −1:5, 0:10, 1:12, 2:6, 3:2.
    [InlineData(WilcoxonZeroMethod.Wilcox, 295.0, 111.0, 0.03029380738735199)]
    [InlineData(WilcoxonZeroMethod.Pratt, 495.0, 191.0, 0.02486361563205719)]
    public void HeavyTiesExactMatchesEnumeration(WilcoxonZeroMethod zeroMethod, double tPlus, double tMinus, double p)
    {
        WilcoxonSignedRankResult result = WilcoxonSignedRank.FromDifferenceCounts([0, 0, 0, 0, 3, 5, 10, 12, 6, 2, 0, 0, 0], zeroMethod);
        Assert.True(result.IsExact);
        Assert.Equal(tPlus, result.TPlus);
        Assert.Equal(tMinus, result.TMinus);
        Close.Relative(p, result.P, 1e-12);
    }

    [Fact]
    public void HalfRanksAreHandledExactly()
    {
        // −1:1, 0:5, 1:3 → four tied |d| = 1 with rank 2.5; P(T+ ≤ 2.5) = 5/16, p = 5/8.
        WilcoxonSignedRankResult result = WilcoxonSignedRank.FromDifferenceCounts([0, 0, 0, 0, 0, 1, 5, 3, 0, 0, 0, 0, 0]);
        Assert.Equal(7.5, result.TPlus);
        Assert.Equal(2.5, result.TMinus);
        Close.Relative(0.625, result.P, 1e-14);
    }

    [Fact]
    public void NoChangeGivesPOneAndNoZ()
    {
        WilcoxonSignedRankResult result = WilcoxonSignedRank.FromDifferenceCounts([0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0]);
        Assert.Equal(0, result.N);
        Assert.Null(result.Z);
        Assert.Null(result.RankBiserial);
        Assert.Equal(1.0, result.P);
    }

    [Fact]
    public void GroupedAndRawDifferencesAgree()
    {
        long[] counts = [0, 0, 0, 0, 3, 5, 10, 12, 6, 2, 0, 0, 0];
        double[] raw = counts.SelectMany((c, i) => Enumerable.Repeat((double)(i - 6), (int)c)).ToArray();
        Assert.Equal(WilcoxonSignedRank.FromDifferenceCounts(counts), WilcoxonSignedRank.FromDifferences(raw));
        Assert.Equal(
            WilcoxonSignedRank.FromDifferenceCounts(counts, WilcoxonZeroMethod.Pratt, WilcoxonMethod.Approximate),
            WilcoxonSignedRank.FromDifferences(raw, WilcoxonZeroMethod.Pratt, WilcoxonMethod.Approximate));
    }

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Throws<ArgumentException>(() => WilcoxonSignedRank.FromDifferenceCounts([1, 2]));
        Assert.Throws<ArgumentException>(() => WilcoxonSignedRank.FromDifferenceCounts([1, -2, 3]));
        Assert.Throws<ArgumentException>(() => WilcoxonSignedRank.FromDifferences([1, double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilcoxonSignedRank.FromDifferenceCounts([1, 2, 3], (WilcoxonZeroMethod)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilcoxonSignedRank.FromDifferenceCounts([0, 0, 3000], WilcoxonZeroMethod.Wilcox, WilcoxonMethod.Exact));
    }

    [Property(MaxTest = 150)]
    public Property PValueIsSymmetricUnderNegationAndAProbability()
    {
        var gen = from counts in Gen.ArrayOf(Gen.Choose(0, 12), 13)
                  from zeroMethod in Gen.Elements(WilcoxonZeroMethod.Wilcox, WilcoxonZeroMethod.Pratt)
                  select (counts.Select(c => (long)c).ToArray(), zeroMethod);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            long[] negated = x.Item1.Reverse().ToArray();
            WilcoxonSignedRankResult a = WilcoxonSignedRank.FromDifferenceCounts(x.Item1, x.zeroMethod);
            WilcoxonSignedRankResult b = WilcoxonSignedRank.FromDifferenceCounts(negated, x.zeroMethod);
            return a.P == b.P && a.TPlus == b.TMinus && a.Z == b.Z && a.P >= 0 && a.P <= 1
                && (a.RankBiserial is null || Math.Abs(a.RankBiserial.Value + b.RankBiserial!.Value) < 1e-15);
        });
    }

    [Property(MaxTest = 60)]
    public Property ExactAndApproximatePValuesAreCloseForModerateN()
    {
        var gen = Gen.ArrayOf(Gen.Choose(3, 8), 13).Select(c => c.Select(v => (long)v).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), counts =>
        {
            double exact = WilcoxonSignedRank.FromDifferenceCounts(counts, WilcoxonZeroMethod.Wilcox, WilcoxonMethod.Exact).P;
            double approx = WilcoxonSignedRank.FromDifferenceCounts(counts, WilcoxonZeroMethod.Wilcox, WilcoxonMethod.Approximate).P;
            return Math.Abs(exact - approx) < 0.02;
        });
    }
}
