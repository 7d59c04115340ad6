using System;
using System.Collections.Generic;

namespace DurableEmployability.Analysis;

/// <summary>The Wilcoxon signed-rank test of paired differences, two-sided.</summary>
/// <remarks>
/// <para>Ranks of |d| are average ranks for ties. T+ and T− are the rank sums of the positive and negative differences.</para>
/// <para>Normal approximation (as <c>scipy.stats.wilcoxon(..., correction=True, method='approx')</c>): with m the number
/// of ranked values (nonzero differences for <c>wilcox</c>; all differences for <c>pratt</c>, z of them zero),
/// E = m(m+1)/4 − z(z+1)/4, Var = [m(m+1)(2m+1) − z(z+1)(2z+1) − ½Σ(t³ − t)]/24 over the tie groups t of the nonzero |d|,
/// Z = (min(T+, T−) − E + ½)/√Var (the ½ is the continuity correction, left out when T = E), p = 2Φ(−|Z|).</para>
/// <para>Exact: under H0 every nonzero difference is positive or negative with probability ½ independently, so
/// the distribution of T+ over the actual (average) ranks is built by convolution over the tie groups on doubled ranks
/// (integers); p = min(1, 2·P(T+ ≤ min(T+, T−))). Pure functions; thread-safe.</para>
/// </remarks>
public static class WilcoxonSignedRank
{
    /// <summary>The largest number of nonzero differences for which <see cref="WilcoxonMethod.Auto"/> uses the exact distribution.</summary>
    public const int ExactMaximum = 50;

    /// <summary>The largest number of nonzero differences for which <see cref="WilcoxonMethod.Exact"/> may be asked.</summary>
    public const int ExactLimit = 500;

    /// <summary>Tests differences given as counts per integer difference.</summary>
    /// <param name="counts">The counts, of odd length 2k + 1: <c>counts[i]</c> is the number of pairs with difference i − k (for typology growth, 13 counts for −6…+6).</param>
    /// <param name="zeroMethod">How zero differences are treated.</param>
    /// <param name="method">How the p-value is computed.</param>
    /// <param name="continuityCorrection">Whether the normal approximation uses the continuity correction.</param>
    /// <returns>The test result.</returns>
    /// <exception cref="ArgumentException"><paramref name="counts"/> has even length, or a count is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zeroMethod"/> or <paramref name="method"/> is undefined, or the exact method is asked for more than <see cref="ExactLimit"/> nonzero differences.</exception>
    /// <example><c>WilcoxonSignedRank.FromDifferenceCounts([0, 0, 0, 1, 2, 4, 114, 199, 115, 33, 7, 1, 0])</c> gives T+ = 64433.5, T− = 1269.5.</example>
    public static WilcoxonSignedRankResult FromDifferenceCounts(
        ReadOnlySpan<long> counts,
        WilcoxonZeroMethod zeroMethod = WilcoxonZeroMethod.Wilcox,
        WilcoxonMethod method = WilcoxonMethod.Auto,
        bool continuityCorrection = true)
    {
        if (counts.Length % 2 == 0)
        {
            throw new ArgumentException($"The counts must have odd length (differences −k…+k); got {counts.Length}.", nameof(counts));
        }

        int k = counts.Length / 2;
        var groups = new List<Group>(k + 1);
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentException($"Count {i} is negative ({counts[i]}).", nameof(counts));
            }
        }

        for (int a = 0; a <= k; a++)
        {
            long pos = a == 0 ? 0 : counts[k + a];
            long neg = a == 0 ? 0 : counts[k - a];
            long zero = a == 0 ? counts[k] : 0;
            groups.Add(new Group(pos, neg, zero));
        }

        return Compute(groups, zeroMethod, method, continuityCorrection);
    }

    /// <summary>Tests raw paired differences.</summary>
    /// <param name="differences">The differences (end − start); tied absolute values are those that are exactly equal.</param>
    /// <param name="zeroMethod">How zero differences are treated.</param>
    /// <param name="method">How the p-value is computed.</param>
    /// <param name="continuityCorrection">Whether the normal approximation uses the continuity correction.</param>
    /// <returns>The test result.</returns>
    /// <exception cref="ArgumentException">A difference is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zeroMethod"/> or <paramref name="method"/> is undefined, or the exact method is asked for more than <see cref="ExactLimit"/> nonzero differences.</exception>
    public static WilcoxonSignedRankResult FromDifferences(
        ReadOnlySpan<double> differences,
        WilcoxonZeroMethod zeroMethod = WilcoxonZeroMethod.Wilcox,
        WilcoxonMethod method = WilcoxonMethod.Auto,
        bool continuityCorrection = true)
    {
        var sorted = new double[differences.Length];
        for (int i = 0; i < differences.Length; i++)
        {
            if (!double.IsFinite(differences[i]))
            {
                throw new ArgumentException($"Difference {i} is not finite ({differences[i]}).", nameof(differences));
            }

            sorted[i] = differences[i];
        }

        Array.Sort(sorted, (x, y) => Math.Abs(x).CompareTo(Math.Abs(y)));
        var groups = new List<Group> { default };
        int start = 0;
        while (start < sorted.Length)
        {
            double abs = Math.Abs(sorted[start]);
            long pos = 0, neg = 0, zero = 0;
            int end = start;
            while (end < sorted.Length && Math.Abs(sorted[end]) == abs)
            {
                if (sorted[end] > 0)
                {
                    pos++;
                }
                else if (sorted[end] < 0)
                {
                    neg++;
                }
                else
                {
                    zero++;
                }

                end++;
            }

            if (abs == 0)
            {
                groups[0] = new Group(0, 0, zero);
            }
            else
            {
                groups.Add(new Group(pos, neg, 0));
            }

            start = end;
        }

        return Compute(groups, zeroMethod, method, continuityCorrection);
    }

    // groups[0] holds the zeros only; later groups hold nonzero differences in increasing |d|.
    private static WilcoxonSignedRankResult Compute(List<Group> groups, WilcoxonZeroMethod zeroMethod, WilcoxonMethod method, bool continuityCorrection)
    {
        if (zeroMethod is not (WilcoxonZeroMethod.Wilcox or WilcoxonZeroMethod.Pratt))
        {
            throw new ArgumentOutOfRangeException(nameof(zeroMethod), zeroMethod, "Unknown zero method.");
        }

        if (method is not (WilcoxonMethod.Auto or WilcoxonMethod.Exact or WilcoxonMethod.Approximate))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown method.");
        }

        long zeros = groups[0].Zero;
        long n = 0;
        foreach (Group g in groups)
        {
            n = checked(n + g.Positive + g.Negative);
        }

        if (method == WilcoxonMethod.Exact && n > ExactLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(method), n, $"The exact method is limited to {ExactLimit} nonzero differences.");
        }

        // Doubled average ranks: a group of size t starting after `before` ranked values has rank before + (t + 1)/2.
        long before = zeroMethod == WilcoxonZeroMethod.Pratt ? zeros : 0;
        double tPlus = 0, tMinus = 0, tieSum = 0;
        var doubledRanks = new List<(long Rank2, long Size)>(groups.Count);
        for (int i = 1; i < groups.Count; i++)
        {
            long t = groups[i].Positive + groups[i].Negative;
            if (t == 0)
            {
                continue;
            }

            long rank2 = (2 * before) + t + 1;
            tPlus += groups[i].Positive * (rank2 / 2.0);
            tMinus += groups[i].Negative * (rank2 / 2.0);
            tieSum += ((double)t * t * t) - t;
            doubledRanks.Add((rank2, t));
            before += t;
        }

        double m = zeroMethod == WilcoxonZeroMethod.Pratt ? n + zeros : n;
        double z0 = zeroMethod == WilcoxonZeroMethod.Pratt ? zeros : 0;
        double mean = (m * (m + 1) / 4) - (z0 * (z0 + 1) / 4);
        double variance = ((m * (m + 1) * ((2 * m) + 1)) - (z0 * (z0 + 1) * ((2 * z0) + 1)) - (tieSum / 2)) / 24;
        double tMin = Math.Min(tPlus, tMinus);
        double? z = null;
        if (variance > 0)
        {
            double diff = tMin - mean;
            double correction = continuityCorrection && diff != 0 ? 0.5 * Math.Sign(diff) : 0;
            z = (diff - correction) / Math.Sqrt(variance);
        }

        bool exact = method == WilcoxonMethod.Exact || (method == WilcoxonMethod.Auto && n <= ExactMaximum);
        double p;
        if (n == 0)
        {
            p = 1;
        }
        else if (exact)
        {
            p = ExactP(doubledRanks, (long)Math.Round(2 * tMin));
        }
        else
        {
            p = z is { } zz ? Math.Min(1, 2 * Distributions.NormalCdf(-Math.Abs(zz))) : 1;
        }

        return new WilcoxonSignedRankResult(zeroMethod, n, zeros, tPlus, tMinus, z, p, exact && n > 0);
    }

    private static double ExactP(List<(long Rank2, long Size)> doubledRanks, long observed)
    {
        long max = 0;
        foreach ((long rank2, long size) in doubledRanks)
        {
            max += rank2 * size;
        }

        // Only sums ≤ observed matter for the lower tail.
        int width = (int)Math.Min(max, observed) + 1;
        var dist = new double[width];
        var next = new double[width];
        dist[0] = 1;
        foreach ((long rank2, long size) in doubledRanks)
        {
            Array.Clear(next);
            double[] weights = BinomialHalfWeights(size);

            for (int s = 0; s < width; s++)
            {
                double ps = dist[s];
                if (ps == 0)
                {
                    continue;
                }

                for (long j = 0; j <= size; j++)
                {
                    long target = s + (j * rank2);
                    if (target >= width)
                    {
                        break;
                    }

                    next[target] += ps * weights[j];
                }
            }

            (dist, next) = (next, dist);
        }

        double lower = 0;
        for (int s = 0; s < width; s++)
        {
            lower += dist[s];
        }

        return Math.Min(1, 2 * lower);
    }

    // P(X = j) for X ~ Binomial(size, ½): by the exact product recurrence while 2^−size is a normal double, else in log space.
    private static double[] BinomialHalfWeights(long size)
    {
        var weights = new double[size + 1];
        if (size <= 1000)
        {
            weights[0] = Math.ScaleB(1.0, -(int)size);
            for (long j = 0; j < size; j++)
            {
                weights[j + 1] = weights[j] * (size - j) / (j + 1);
            }
        }
        else
        {
            for (long j = 0; j <= size; j++)
            {
                weights[j] = Math.Exp(SpecialFunctions.LogBinomial(size, j) - (size * Math.Log(2)));
            }
        }

        return weights;
    }

    private readonly record struct Group(long Positive, long Negative, long Zero);
}
