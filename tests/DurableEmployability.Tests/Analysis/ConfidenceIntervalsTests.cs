using System;
using DurableEmployability.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Analysis;

// Reference values: Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven methods",
// Statistics in Medicine 17 (1998) 857–872, Table II, method 3 (Wilson score): 81/263 → 0.2553–0.3662,
// 15/148 → 0.0624–0.1605, 0/20 → 0–0.1611, 1/29 → 0.0061–0.1718. More digits and the other cases from the same
// formula in mpmath at 40 digits; t intervals with mpmath's t quantile (R: qt(0.975, 10) = 2.228139).
public class ConfidenceIntervalsTests
{
    [Theory]
    [InlineData(81, 263, 25.528851987827423, 36.620957698280007)]
    [InlineData(15, 148, 6.238639953073628, 16.048724172330804)]
    [InlineData(0, 20, 0.0, 16.112515805281939)]
    [InlineData(1, 29, 0.61132142927626605, 17.175521879320288)]
    [InlineData(355, 476, 70.482265009774007, 78.283842148849086)]
    [InlineData(20, 20, 83.887484194718061, 100.0)]
    public void WilsonMatchesNewcombe(long count, long n, double low, double high)
    {
        ConfidenceInterval ci = ConfidenceIntervals.Wilson(count, n)!.Value;
        Close.Absolute(low, ci.Low, 1e-10);
        Close.Absolute(high, ci.High, 1e-10);
    }

    [Fact]
    public void WilsonAtNinetyPercent()
    {
        ConfidenceInterval ci = ConfidenceIntervals.Wilson(7, 50, 0.9)!.Value;
        Close.Absolute(7.772089782062993, ci.Low, 1e-10);
        Close.Absolute(23.923899594548458, ci.High, 1e-10);
    }

    [Fact]
    public void WilsonOfAnEmptyBaseIsNull() => Assert.Null(ConfidenceIntervals.Wilson(0, 0));

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceIntervals.Wilson(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceIntervals.Wilson(-1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceIntervals.Wilson(1, 4, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceIntervals.Mean(4, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceIntervals.Mean(4, double.NaN, 1));
    }

    [Theory]
    [InlineData(11, 10.0, 2.0, 8.6563817176633273, 11.343618282336673)]
    [InlineData(476, 3.555, 1.2, 3.4469228547230262, 3.6630771452769742)]
    [InlineData(2, 5.0, 1.0, -3.9846435320937607, 13.984643532093761)]
    public void MeanIntervalMatchesReference(long n, double mean, double sd, double low, double high)
    {
        ConfidenceInterval ci = ConfidenceIntervals.Mean(n, mean, sd)!.Value;
        Close.Relative(low, ci.Low, 1e-11);
        Close.Relative(high, ci.High, 1e-11);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void MeanIntervalNeedsTwoObservations(long n) => Assert.Null(ConfidenceIntervals.Mean(n, 3, 1));

    [Property(MaxTest = 300)]
    public Property WilsonContainsTheEstimateAndLiesInZeroToHundred()
    {
        var gen = from n in Gen.Choose(1, 100_000)
                  from count in Gen.Choose(0, n)
                  from level in Gen.Elements(0.8, 0.9, 0.95, 0.99, 0.999)
                  select (count, n, level);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            ConfidenceInterval ci = ConfidenceIntervals.Wilson(x.count, x.n, x.level)!.Value;
            double estimate = 100.0 * x.count / x.n;
            return ci.Low >= 0 && ci.High <= 100 && ci.Low <= ci.High && ci.Contains(estimate);
        });
    }

    [Property(MaxTest = 300)]
    public Property WilsonWidensWithTheLevel()
    {
        var gen = from n in Gen.Choose(1, 100_000)
                  from count in Gen.Choose(0, n)
                  from lower in Gen.Choose(10, 998)
                  from step in Gen.Choose(1, 1000 - lower - 1)
                  select (count, n, lower / 1000.0, (lower + step) / 1000.0);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            ConfidenceInterval narrow = ConfidenceIntervals.Wilson(x.count, x.n, x.Item3)!.Value;
            ConfidenceInterval wide = ConfidenceIntervals.Wilson(x.count, x.n, x.Item4)!.Value;
            bool lowOk = x.count == 0 ? narrow.Low == 0 && wide.Low == 0 : wide.Low < narrow.Low;
            bool highOk = x.count == x.n ? narrow.High == 100 && wide.High == 100 : narrow.High < wide.High;
            return lowOk && highOk;
        });
    }
}
