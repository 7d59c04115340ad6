using System;
using DurableEmployability.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Analysis;

// Reference values: mpmath 1.3 at 50 significant digits (loggamma, betainc(regularized=True), gammainc(regularized=True),
// ncdf, and Student t via betainc), computed independently of this code; well-known table values (R's qnorm(0.975),
// qt(0.975, 10), qchisq(0.95, 6)) agree with them.
public class DistributionsTests
{
    [Theory]
    [InlineData(0.5, 0.57236494292470009)] // ln √π
    [InlineData(1.0, 0.0)]
    [InlineData(1.5, -0.12078223763524522)]
    [InlineData(3.25, 0.93580193110872536)]
    [InlineData(10.0, 12.80182748008147)] // ln 9!
    [InlineData(100.5, 361.43554046777762)]
    [InlineData(476.0, 2456.5753032902471)]
    [InlineData(1e-5, 11.512919692895826)]
    public void LogGammaMatchesReference(double x, double expected) =>
        Close.Absolute(expected, SpecialFunctions.LogGamma(x), 1e-13 * Math.Max(1, Math.Abs(expected)));

    [Theory]
    [InlineData(2, 3, 0.4, 0.5248)] // exact: 1 − P(Bin(4, 0.4) ≤ 1)
    [InlineData(0.5, 0.5, 0.3, 0.36901011956554538)] // (2/π)·asin(√0.3)
    [InlineData(10, 20, 0.35, 0.5923866636639051)]
    [InlineData(2.5, 0.5, 0.9, 0.4895897445644275)]
    [InlineData(50, 0.5, 0.999, 0.75236901996537679)]
    [InlineData(0.5, 5, 0.01, 0.2428418908984375)]
    public void IncompleteBetaMatchesReference(double a, double b, double x, double expected) =>
        Close.Relative(expected, SpecialFunctions.RegularizedIncompleteBeta(a, b, x), 1e-13);

    [Theory]
    [InlineData(0.5, 2, 0.95449973610364159, 0.045500263896358414)]
    [InlineData(3, 7.5, 0.9797432849433356, 0.020256715056664405)]
    [InlineData(10, 3, 0.0011024881301154797, 0.99889751186988452)]
    [InlineData(24, 30, 0.88535408728572616, 0.11464591271427384)]
    [InlineData(0.5, 400, 1.0, 5.3958656116079009e-176)]
    public void IncompleteGammaMatchesReference(double a, double x, double lower, double upper)
    {
        Close.Relative(lower, SpecialFunctions.RegularizedGammaP(a, x), 1e-13);
        Close.Relative(upper, SpecialFunctions.RegularizedGammaQ(a, x), 1e-12);
    }

    [Theory]
    [InlineData(-1.96, 0.024997895148220434)]
    [InlineData(0, 0.5)]
    [InlineData(0.5, 0.6914624612740131)]
    [InlineData(3, 0.99865010196836991)]
    [InlineData(-10, 7.6198530241605261e-24)]
    [InlineData(-37, 5.7255712225245768e-300)]
    public void NormalCdfMatchesReference(double x, double expected) =>
        Close.Relative(expected, Distributions.NormalCdf(x), 1e-12);

    [Theory]
    [InlineData(0.975, 1.9599639845400542)] // R: qnorm(0.975)
    [InlineData(0.5, 0.0)]
    [InlineData(0.1, -1.2815515655446005)]
    [InlineData(1e-10, -6.3613409024040562)]
    [InlineData(1e-20, -9.2623400897984076)]
    [InlineData(1e-300, -37.047096299361199)] // root of log Φ(x) = log p
    [InlineData(0.999999, 4.7534243088170878)] // at the double nearest 0.999999, 0.99999899999999997
    public void NormalQuantileMatchesReference(double p, double expected) =>
        Close.Absolute(expected, Distributions.NormalQuantile(p), 1e-12 * Math.Max(1, Math.Abs(expected)));

    [Theory]
    [InlineData(2, 5, 0.94903026058507082)]
    [InlineData(-2, 5, 0.050969739414929178)]
    [InlineData(0.1, 30, 0.53949519410486442)]
    [InlineData(-3.5, 3, 0.0197405188096414)]
    [InlineData(1.5, 1, 0.81283295818900118)] // Cauchy: ½ + atan(1.5)/π
    [InlineData(2.5, 2, 0.9351941398892446)] // ½ + t/(2√(2 + t²))
    [InlineData(-40, 7, 7.9510899924251852e-10)]
    [InlineData(1.96, 1000, 0.97486340752212564)]
    public void StudentTCdfMatchesReference(double t, double df, double expected) =>
        Close.Relative(expected, Distributions.StudentTCdf(t, df), 1e-11);

    [Theory]
    [InlineData(0.975, 10, 2.2281388519862747)] // R: qt(0.975, 10)
    [InlineData(0.975, 3, 3.1824463052837096)]
    [InlineData(0.995, 30, 2.7499956535672253)]
    [InlineData(0.975, 475, 1.964970773330284)]
    [InlineData(0.95, 1, 6.3137515146750431)]
    [InlineData(0.025, 2, -4.3026527297494639)]
    [InlineData(0.9, 4.5, 1.5008853175085575)]
    public void StudentTQuantileMatchesReference(double p, double df, double expected) =>
        Close.Relative(expected, Distributions.StudentTQuantile(p, df), 1e-11);

    [Theory]
    [InlineData(12.591587243743977, 6, 0.050000000000000045)] // R: qchisq(0.95, 6)
    [InlineData(3.841458820694124, 1, 0.050000000000000058)] // R: qchisq(0.95, 1)
    [InlineData(1, 3, 0.8012519569012008)]
    [InlineData(100, 6, 2.509303552201057e-19)]
    [InlineData(700, 10, 6.2801466992359499e-144)]
    [InlineData(0.5, 0.5, 0.25632205526853896)]
    public void ChiSquareTailsMatchReference(double x, double df, double upper)
    {
        Close.Relative(upper, Distributions.ChiSquareSurvival(x, df), 1e-11);
        Close.Relative(1 - upper, Distributions.ChiSquareCdf(x, df), 1e-12);
    }

    [Fact]
    public void ChiSquareWithTwoDegreesOfFreedomIsExponential() =>
        Close.Relative(Math.Exp(-3.7), Distributions.ChiSquareSurvival(7.4, 2), 1e-13);

    [Fact]
    public void ArgumentsOutsideTheDomainThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.NormalQuantile(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.StudentTCdf(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.ChiSquareSurvival(1, -2));
        Assert.Equal(double.NegativeInfinity, Distributions.NormalQuantile(0));
        Assert.Equal(double.PositiveInfinity, Distributions.StudentTQuantile(1, 5));
        Assert.True(double.IsFinite(Distributions.NormalQuantile(double.Epsilon)));
        Assert.True(Distributions.StudentTQuantile(1e-300, 3) < -1e99);
    }

    [Property(MaxTest = 100)]
    public Property NormalQuantileInvertsTheCdf() =>
        Prop.ForAll(Gen.Choose(1, 999_999).Select(i => i / 1_000_000.0).ToArbitrary(), p =>
            Math.Abs(Distributions.NormalCdf(Distributions.NormalQuantile(p)) - p) <= 1e-13);

    [Property(MaxTest = 60)]
    public Property StudentTQuantileInvertsTheCdf()
    {
        var gen = from p in Gen.Choose(1, 9_999).Select(i => i / 10_000.0)
                  from df in Gen.Choose(1, 400)
                  select (p, df);
        return Prop.ForAll(gen.ToArbitrary(), x =>
            Math.Abs(Distributions.StudentTCdf(Distributions.StudentTQuantile(x.p, x.df), x.df) - x.p) <= 1e-12);
    }

    [Property(MaxTest = 100)]
    public Property StudentTIsSymmetric()
    {
        var gen = from t in Gen.Choose(-4000, 4000).Select(i => i / 100.0)
                  from df in Gen.Choose(1, 200)
                  select (t, df);
        return Prop.ForAll(gen.ToArbitrary(), x =>
            Math.Abs(Distributions.StudentTCdf(x.t, x.df) + Distributions.StudentTCdf(-x.t, x.df) - 1) <= 1e-14);
    }
}
