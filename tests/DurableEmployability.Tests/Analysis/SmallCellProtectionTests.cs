using System;
using DurableEmployability.Analysis;
using Xunit;

namespace DurableEmployability.Tests.Analysis;

public class SmallCellProtectionTests
{
    [Theory]
    [InlineData(7, 10, true)]
    [InlineData(10, 10, false)]
    [InlineData(0, 10, true)]
    [InlineData(0, 0, false)]
    [InlineData(3, 0, false)]
    public void BreakdownsBelowTheMinimumAreSuppressed(long participants, int minimumGroup, bool expected) =>
        Assert.Equal(expected, SmallCellProtection.ShouldSuppress(participants, minimumGroup));

    [Fact]
    public void TheOverallReportIsNeverSuppressed()
    {
        Assert.False(SmallCellProtection.ShouldSuppress(3, SmallCellProtection.RecommendedMinimumGroup, isOverall: true));
        Assert.True(SmallCellProtection.ShouldSuppress(3, SmallCellProtection.RecommendedMinimumGroup, isOverall: false));
    }

    [Fact]
    public void NegativeArgumentsThrow() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallCellProtection.ShouldSuppress(-1, 10));
}
