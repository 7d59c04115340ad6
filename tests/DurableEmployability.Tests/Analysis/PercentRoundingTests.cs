using System;
using System.Linq;
using DurableEmployability.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Analysis;

public class PercentRoundingTests
{
    [Fact]
    public void ThirdsGiveTheExtraTenthToTheFirst() =>
        Assert.Equal([33.4m, 33.3m, 33.3m], PercentRounding.ToTenths([100.0 / 3, 100.0 / 3, 100.0 / 3]).ToArray());

    [Fact]
    public void PhaseOneGrowthClassesAddUp()
    {
        // 7, 114 and 355 of 476: 1.4706, 23.9496, 74.5798 round half-up to 1.5 + 23.9 + 74.6 = 100.0 anyway.
        double[] percents = [100.0 * 7 / 476, 100.0 * 114 / 476, 100.0 * 355 / 476];
        Assert.Equal([1.5m, 23.9m, 74.6m], PercentRounding.ToTenths(percents).ToArray());
    }

    [Fact]
    public void PhaseOneTableSevenAddsUpWhereThePublishedColumnDoesNot()
    {
        // Published Table 7 (phase1-published.json) rounds each cell half-up: 0.2 0.4 0.8 23.9 41.8 24.2 6.9 1.5 0.2 = 99.9.
        long[] counts = [1, 2, 4, 114, 199, 115, 33, 7, 1];
        double[] percents = counts.Select(c => 100.0 * c / 476).ToArray();
        decimal[] published = [0.2m, 0.4m, 0.8m, 23.9m, 41.8m, 24.2m, 6.9m, 1.5m, 0.2m];
        Assert.Equal(99.9m, published.Sum());
        decimal[] rounded = [.. PercentRounding.ToTenths(percents)];
        Assert.Equal([0.2m, 0.4m, 0.8m, 24.0m, 41.8m, 24.2m, 6.9m, 1.5m, 0.2m], rounded);
        Assert.Equal(100.0m, rounded.Sum());
    }

    [Fact]
    public void LargestRemaindersGetTheMissingTenths()
    {
        // 1/7 each: 14.2857… floors to 14.2 (remainder .857); 7 × 14.2 = 99.4, so six values get 14.3 and the last stays.
        double[] sevenths = Enumerable.Repeat(100.0 / 7, 7).ToArray();
        decimal[] rounded = [.. PercentRounding.ToTenths(sevenths)];
        Assert.Equal(100.0m, rounded.Sum());
        Assert.Equal([14.3m, 14.3m, 14.3m, 14.3m, 14.3m, 14.3m, 14.2m], rounded);
    }

    [Fact]
    public void FloatingPointNoiseDoesNotCostATenth() =>
        Assert.Equal([0.3m, 99.7m], PercentRounding.ToTenths([0.1 + 0.2, 99.7]).ToArray());

    [Fact]
    public void NegativeOrNonFiniteValuesThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PercentRounding.ToTenths([-1.0, 101.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PercentRounding.ToTenths([double.NaN]));
    }

    [Property(MaxTest = 300)]
    public Property RoundedColumnsOfCountsSumToHundred()
    {
        var gen = (from length in Gen.Choose(1, 13)
                   from counts in Gen.ArrayOf(Gen.Choose(0, 500), length)
                   select counts).Where(c => c.Sum() > 0);
        return Prop.ForAll(gen.ToArbitrary(), counts =>
        {
            int n = counts.Sum();
            double[] percents = counts.Select(c => 100.0 * c / n).ToArray();
            decimal[] rounded = [.. PercentRounding.ToTenths(percents)];
            return rounded.Sum() == 100.0m
                && rounded.Zip(percents).All(p => Math.Abs((double)p.First - p.Second) < 0.1 + 1e-9);
        });
    }
}
