using System;
using System.Linq;
using DurableEmployability.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Analysis;

// Reference values: computed independently in Python with exact fractions (covariances with n − 1, α = k/(k−1)·(1 −
// Σvar/Σcov), α without each item, item-rest correlation = cov(item, rest)/√(var item · var rest), as psych::alpha's
// raw_alpha and r.drop; pairwise covariances as R's cov(use = "pairwise.complete.obs")).
public class CronbachAlphaTests
{
    private static readonly int[][] Complete =
    [
        [4, 5, 4, 3], [3, 4, 3, 3], [5, 5, 4, 4], [2, 3, 2, 1], [4, 4, 5, 4],
        [3, 2, 3, 2], [5, 4, 5, 5], [1, 2, 2, 1], [4, 3, 4, 4], [3, 3, 2, 3],
    ];

    private static readonly int[][] WithMissing =
    [
        .. Complete,
        [0, 4, 4, 5], [2, 0, 1, 2], [5, 5, 0, 0], [0, 0, 0, 3],
    ];

    [Fact]
    public void CompleteDataMatchesReference()
    {
        ReliabilityAnalysis result = CronbachAlpha.FromRows(Complete, 4, ReliabilityMissing.Listwise);
        Assert.Equal(10, result.N);
        Close.Relative(0.92977474919553284, result.Alpha!.Value, 1e-13);
        AssertItems(
            result,
            [0.87190527448869752, 0.95408163265306122, 0.90379008746355685, 0.89250814332247557],
            [0.94052282472552756, 0.68298777676251065, 0.85104995609844512, 0.88570502904743244]);
    }

    [Fact]
    public void ListwiseDropsIncompleteRows()
    {
        ReliabilityAnalysis result = CronbachAlpha.FromRows(WithMissing, 4, ReliabilityMissing.Listwise);
        Assert.Equal(CronbachAlpha.FromRows(Complete, 4, ReliabilityMissing.Listwise), result);
        Assert.Equal("listwise", result.MissingCode);
    }

    [Fact]
    public void PairwiseMatchesReference()
    {
        ReliabilityAnalysis result = CronbachAlpha.FromRows(WithMissing, 4, ReliabilityMissing.Pairwise);
        Assert.Equal(11, result.N);
        Assert.Equal("pairwise", result.MissingCode);
        Close.Relative(0.92638120293930872, result.Alpha!.Value, 1e-13);
        AssertItems(
            result,
            [0.85881657969872994, 0.9484740487902821, 0.90772744044116914, 0.88846468502863376],
            [0.95572628100042211, 0.68318847732023743, 0.81856667773164824, 0.87466166320045546]);
    }

    [Fact]
    public void DoubleRowsWithNullsEqualIntegerRowsWithZeros()
    {
        double?[][] rows = WithMissing.Select(r => r.Select(v => v == 0 ? (double?)null : v).ToArray()).ToArray();
        Assert.Equal(CronbachAlpha.FromRows(WithMissing, 4, ReliabilityMissing.Pairwise), CronbachAlpha.FromRows(rows, 4, ReliabilityMissing.Pairwise));
    }

    [Fact]
    public void MergedMomentsGiveTheSameResult()
    {
        // Pairwise moments of two halves, merged, equal the moments of all rows.
        PairMoments[] first = Moments(WithMissing[..7]);
        PairMoments[] second = Moments(WithMissing[7..]);
        PairMoments[] merged = first.Zip(second, (a, b) => a.Merge(b)).ToArray();
        Assert.Equal(CronbachAlpha.FromRows(WithMissing, 4, ReliabilityMissing.Pairwise), CronbachAlpha.FromPairwiseMoments(merged, 4));
    }

    [Fact]
    public void UndefinedCasesGiveNull()
    {
        Assert.Null(CronbachAlpha.FromRows([[3, 4]], 2, ReliabilityMissing.Listwise).Alpha);
        Assert.Null(CronbachAlpha.FromRows([[3], [4], [5]], 1, ReliabilityMissing.Listwise).Alpha);
        ReliabilityAnalysis constant = CronbachAlpha.FromRows([[3, 3], [3, 3], [3, 3]], 2, ReliabilityMissing.Listwise);
        Assert.Null(constant.Alpha);
        Assert.All(constant.Items, i => Assert.Null(i.ItemRestCorrelation));
        Assert.All(CronbachAlpha.FromRows(Complete.Select(r => r[..2]), 2, ReliabilityMissing.Listwise).Items, i => Assert.Null(i.AlphaIfDeleted));
    }

    [Fact]
    public void InvalidInputThrows()
    {
        Assert.Throws<ArgumentException>(() => CronbachAlpha.FromRows([[1, 2, 3]], 2, ReliabilityMissing.Listwise));
        Assert.Throws<ArgumentException>(() => CronbachAlpha.FromListwiseMoments(3, [1, 2], [1, 2, 3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CronbachAlpha.FromRows(Complete, 4, (ReliabilityMissing)7));
        Assert.Throws<ArgumentException>(() => CronbachAlpha.FromPairwiseMoments([new PairMoments(-1, 0, 0, 0, 0, 0)], 1));
    }

    [Property(MaxTest = 150)]
    public Property ListwiseAlphaIsAtMostOne()
    {
        var gen = from k in Gen.Choose(2, 6)
                  from n in Gen.Choose(2, 40)
                  from rows in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 5), k), n)
                  select (k, rows);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            ReliabilityAnalysis result = CronbachAlpha.FromRows(x.rows, x.k, ReliabilityMissing.Listwise);
            return (result.Alpha is null || result.Alpha <= 1 + 1e-12)
                && result.Items.All(i => (i.AlphaIfDeleted is null || i.AlphaIfDeleted <= 1 + 1e-12)
                    && (i.ItemRestCorrelation is null || Math.Abs(i.ItemRestCorrelation.Value) <= 1 + 1e-12));
        });
    }

    private static PairMoments[] Moments(int[][] rows)
    {
        var moments = new PairMoments[16];
        foreach (int[] row in rows)
        {
            for (int i = 0; i < 4; i++)
            {
                for (int j = i; j < 4; j++)
                {
                    if (row[i] != 0 && row[j] != 0)
                    {
                        moments[(i * 4) + j] = moments[(i * 4) + j].Add(row[i], row[j]);
                    }
                }
            }
        }

        return moments;
    }

    private static void AssertItems(ReliabilityAnalysis result, double[] alphaIfDeleted, double[] itemRest)
    {
        Assert.Equal(alphaIfDeleted.Length, result.Items.Count);
        for (int i = 0; i < alphaIfDeleted.Length; i++)
        {
            Assert.Equal(i, result.Items[i].Index);
            Close.Relative(alphaIfDeleted[i], result.Items[i].AlphaIfDeleted!.Value, 1e-13);
            Close.Relative(itemRest[i], result.Items[i].ItemRestCorrelation!.Value, 1e-13);
        }
    }
}
