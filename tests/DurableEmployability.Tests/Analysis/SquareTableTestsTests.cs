using System;
using System.Linq;
using DurableEmployability.Analysis;
using Xunit;

namespace DurableEmployability.Tests.Analysis;

// Reference values: Agresti, Categorical Data Analysis (2nd ed., 2002), Table 10.5 (coffee brand purchases), for which
// Agresti reports a Stuart–Maxwell statistic of 12.3 (df 4) and Bowker's statistic 20.4 (df 10); more digits from an
// exact rational computation in Python/sympy (d′V⁻¹d with the last category dropped; Moore–Penrose pinv for the
// disconnected table) and mpmath chi-square tails.
public class SquareTableTestsTests
{
    private static readonly long[] Coffee =
    [
        93, 17, 44, 7, 10,
        9, 46, 11, 0, 9,
        17, 11, 155, 9, 12,
        6, 4, 9, 15, 2,
        10, 4, 12, 2, 27,
    ];

    [Fact]
    public void StuartMaxwellMatchesAgrestiCoffeeExample()
    {
        ChiSquareTestResult result = SquareTableTests.StuartMaxwell(Coffee, 5)!;
        Assert.Equal("stuart-maxwell", result.Test);
        Assert.Equal(4, result.DegreesOfFreedom);
        Close.Relative(12.291349565547444, result.Statistic, 1e-12);
        Close.Relative(0.015311248347413046, result.P, 1e-10);
    }

    [Fact]
    public void BowkerMatchesAgrestiCoffeeExample()
    {
        ChiSquareTestResult result = SquareTableTests.Bowker(Coffee, 5)!;
        Assert.Equal("bowker", result.Test);
        Assert.Equal(10, result.DegreesOfFreedom);
        Close.Relative(20.41235813366961, result.Statistic, 1e-12);
        Close.Relative(0.025585065792773315, result.P, 1e-10);
    }

    [Fact]
    public void DisconnectedTableUsesTheGeneralizedInverse()
    {
        // Two separate swaps ({0,1} and {2,3}) and a category that never changed: rank 2, statistic 3 (pinv).
        long[] table =
        [
            5, 3, 0, 0, 0,
            1, 4, 0, 0, 0,
            0, 0, 2, 6, 0,
            0, 0, 2, 1, 0,
            0, 0, 0, 0, 9,
        ];
        ChiSquareTestResult result = SquareTableTests.StuartMaxwell(table, 5)!;
        Assert.Equal(2, result.DegreesOfFreedom);
        Close.Relative(3.0, result.Statistic, 1e-14);
        Close.Relative(Math.Exp(-1.5), result.P, 1e-13);
    }

    [Fact]
    public void DiagonalTableHasNoTest()
    {
        long[] table = new long[49];
        for (int i = 0; i < 7; i++)
        {
            table[(i * 7) + i] = 5;
        }

        Assert.Null(SquareTableTests.StuartMaxwell(table, 7));
        Assert.Null(SquareTableTests.Bowker(table, 7));
    }

    [Fact]
    public void TransposingKeepsTheStatistics()
    {
        long[] transposed = Enumerable.Range(0, 25).Select(c => Coffee[((c % 5) * 5) + (c / 5)]).ToArray();
        Close.Relative(SquareTableTests.StuartMaxwell(Coffee, 5)!.Statistic, SquareTableTests.StuartMaxwell(transposed, 5)!.Statistic, 1e-12);
        Assert.Equal(SquareTableTests.Bowker(Coffee, 5), SquareTableTests.Bowker(transposed, 5));
    }

    [Fact]
    public void InvalidTablesThrow()
    {
        Assert.Throws<ArgumentException>(() => SquareTableTests.StuartMaxwell(new long[24], 5));
        Assert.Throws<ArgumentException>(() => SquareTableTests.Bowker([1, -1, 0, 2], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => SquareTableTests.Bowker([1], 1));
    }
}
