using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace DurableEmployability.Analysis;

/// <summary>Cronbach's α, α-if-item-deleted and corrected item-total correlations, from mergeable moments or from raw rows.</summary>
/// <remarks>
/// <para>All statistics derive from the k × k sample covariance matrix C (n − 1 denominators):
/// α = k/(k − 1)·(1 − Σ C_ii / Σ_ij C_ij); α-if-deleted is α of C without item i; the item-rest correlation is
/// Σ_{j≠i} C_ij / √(C_ii · Σ_{j,l≠i} C_jl) (psych's <c>r.drop</c>).</para>
/// <para>Listwise: C comes from the respondents who scored every item (count, Σx_i and the Σx_i·x_j matrix).
/// Pairwise: each C_ij comes from the respondents who scored items i and j (C_ii from all who scored item i), as
/// <c>cov(use = "pairwise")</c> in R; the matrix need not be positive semi-definite, so α may then exceed 1 in
/// pathological data. Pure functions; thread-safe.</para>
/// </remarks>
public static class CronbachAlpha
{
    /// <summary>Computes reliability from listwise moments.</summary>
    /// <param name="count">The number of respondents who scored every item.</param>
    /// <param name="sums">Σx_i per item (length k).</param>
    /// <param name="crossProducts">The k × k matrix Σx_i·x_j, row-major (only i ≤ j is read; the diagonal holds Σx_i²).</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentException">The lengths do not match, or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static ReliabilityAnalysis FromListwiseMoments(long count, ReadOnlySpan<double> sums, ReadOnlySpan<double> crossProducts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        int k = sums.Length;
        if (crossProducts.Length != k * k)
        {
            throw new ArgumentException($"The cross products must have k² = {k * k} values; got {crossProducts.Length}.", nameof(crossProducts));
        }

        CheckFinite(sums, nameof(sums));
        CheckFinite(crossProducts, nameof(crossProducts));
        double[,]? covariance = null;
        if (count >= 2)
        {
            covariance = new double[k, k];
            for (int i = 0; i < k; i++)
            {
                for (int j = i; j < k; j++)
                {
                    double c = (crossProducts[(i * k) + j] - (sums[i] * sums[j] / count)) / (count - 1);
                    covariance[i, j] = covariance[j, i] = c;
                }
            }
        }

        return FromCovariance(covariance, k, count, ReliabilityMissing.Listwise);
    }

    /// <summary>Computes reliability from pairwise moments.</summary>
    /// <param name="moments">The k × k pair moments, row-major; entry (i, j) with i ≤ j holds the moments of item i (X) and item j (Y) over the respondents who scored both; entry (i, i) those of item i alone. Entries with i &gt; j are not read.</param>
    /// <param name="items">The number of items k.</param>
    /// <returns>The analysis; <see cref="ReliabilityAnalysis.N"/> is the smallest pair count.</returns>
    /// <exception cref="ArgumentException"><paramref name="moments"/> does not have k² entries, or an entry is not well formed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="items"/> is negative.</exception>
    public static ReliabilityAnalysis FromPairwiseMoments(ReadOnlySpan<PairMoments> moments, int items)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        int k = items;
        if (moments.Length != k * k)
        {
            throw new ArgumentException($"The moments must have k² = {k * k} entries; got {moments.Length}.", nameof(moments));
        }

        var covariance = new double[k, k];
        long smallest = long.MaxValue;
        bool defined = true;
        for (int i = 0; i < k; i++)
        {
            for (int j = i; j < k; j++)
            {
                PairMoments m = moments[(i * k) + j];
                PairMoments.Check(m, nameof(moments));
                smallest = Math.Min(smallest, m.Count);
                if (m.Covariance is { } c)
                {
                    covariance[i, j] = covariance[j, i] = c;
                }
                else
                {
                    defined = false;
                }
            }
        }

        return FromCovariance(defined ? covariance : null, k, k == 0 ? 0 : smallest, ReliabilityMissing.Pairwise);
    }

    /// <summary>Computes reliability from raw rows of item scores, <see langword="null"/> for a missing score.</summary>
    /// <param name="rows">The respondents' scores; each row has one entry per item.</param>
    /// <param name="items">The number of items k.</param>
    /// <param name="missing">How missing scores are handled.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or a row is null.</exception>
    /// <exception cref="ArgumentException">A row does not have <paramref name="items"/> entries, or a score is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="items"/> is negative or <paramref name="missing"/> is undefined.</exception>
    public static ReliabilityAnalysis FromRows(IEnumerable<double?[]> rows, int items, ReliabilityMissing missing)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        int k = items;
        switch (missing)
        {
            case ReliabilityMissing.Listwise:
                long count = 0;
                var sums = new double[k];
                var cross = new double[k * k];
                foreach (double?[] row in rows)
                {
                    CheckRow(row, k, nameof(rows));
                    if (Array.IndexOf(row, null) >= 0)
                    {
                        continue;
                    }

                    count++;
                    for (int i = 0; i < k; i++)
                    {
                        double x = row[i]!.Value;
                        sums[i] += x;
                        for (int j = i; j < k; j++)
                        {
                            cross[(i * k) + j] += x * row[j]!.Value;
                        }
                    }
                }

                return FromListwiseMoments(count, sums, cross);
            case ReliabilityMissing.Pairwise:
                var moments = new PairMoments[k * k];
                foreach (double?[] row in rows)
                {
                    CheckRow(row, k, nameof(rows));
                    for (int i = 0; i < k; i++)
                    {
                        if (row[i] is not { } x)
                        {
                            continue;
                        }

                        for (int j = i; j < k; j++)
                        {
                            if (row[j] is { } y)
                            {
                                moments[(i * k) + j] = moments[(i * k) + j].Add(x, y);
                            }
                        }
                    }
                }

                return FromPairwiseMoments(moments, k);
            default:
                throw new ArgumentOutOfRangeException(nameof(missing), missing, "Unknown missing-data method.");
        }
    }

    /// <summary>Computes reliability from raw rows of integer item scores where 0 means missing (as <c>StatementRatings.RatingAt</c>).</summary>
    /// <param name="rows">The respondents' scores; each row has one entry per item, 0 for missing.</param>
    /// <param name="items">The number of items k.</param>
    /// <param name="missing">How missing scores are handled.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or a row is null.</exception>
    /// <exception cref="ArgumentException">A row does not have <paramref name="items"/> entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="items"/> is negative or <paramref name="missing"/> is undefined.</exception>
    public static ReliabilityAnalysis FromRows(IEnumerable<int[]> rows, int items, ReliabilityMissing missing)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return FromRows(Convert(rows), items, missing);

        static IEnumerable<double?[]> Convert(IEnumerable<int[]> rows)
        {
            foreach (int[] row in rows)
            {
                ArgumentNullException.ThrowIfNull(row, nameof(rows));
                var converted = new double?[row.Length];
                for (int i = 0; i < row.Length; i++)
                {
                    converted[i] = row[i] == 0 ? null : row[i];
                }

                yield return converted;
            }
        }
    }

    private static ReliabilityAnalysis FromCovariance(double[,]? covariance, int k, long n, ReliabilityMissing missing)
    {
        var items = ImmutableArray.CreateBuilder<ItemReliability>(k);
        if (covariance is null)
        {
            for (int i = 0; i < k; i++)
            {
                items.Add(new ItemReliability(i, null, null));
            }

            return new ReliabilityAnalysis(null, n, missing, items.MoveToImmutable());
        }

        double? alpha = Alpha(covariance, k, -1);
        for (int i = 0; i < k; i++)
        {
            double rest = 0, restVariance = 0;
            for (int j = 0; j < k; j++)
            {
                if (j == i)
                {
                    continue;
                }

                rest += covariance[i, j];
                for (int l = 0; l < k; l++)
                {
                    if (l != i)
                    {
                        restVariance += covariance[j, l];
                    }
                }
            }

            double denominator = covariance[i, i] * restVariance;
            double? r = k >= 2 && denominator > 0 ? rest / Math.Sqrt(denominator) : null;
            items.Add(new ItemReliability(i, Alpha(covariance, k, i), r));
        }

        return new ReliabilityAnalysis(alpha, n, missing, items.MoveToImmutable());
    }

    // α of the covariance matrix without item `skip` (−1: all items).
    private static double? Alpha(double[,] covariance, int k, int skip)
    {
        int m = skip < 0 ? k : k - 1;
        if (m < 2)
        {
            return null;
        }

        double diagonal = 0, total = 0;
        for (int i = 0; i < k; i++)
        {
            if (i == skip)
            {
                continue;
            }

            diagonal += covariance[i, i];
            for (int j = 0; j < k; j++)
            {
                if (j != skip)
                {
                    total += covariance[i, j];
                }
            }
        }

        return total > 0 ? m / (m - 1.0) * (1 - (diagonal / total)) : null;
    }

    private static void CheckRow(double?[] row, int k, string paramName)
    {
        ArgumentNullException.ThrowIfNull(row, paramName);
        if (row.Length != k)
        {
            throw new ArgumentException($"Every row must have {k} scores; got {row.Length}.", paramName);
        }

        foreach (double? x in row)
        {
            if (x is { } v && !double.IsFinite(v))
            {
                throw new ArgumentException($"Scores must be finite; got {v}.", paramName);
            }
        }
    }

    private static void CheckFinite(ReadOnlySpan<double> values, string paramName)
    {
        foreach (double v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"Values must be finite; got {v}.", paramName);
            }
        }
    }
}
