using System;

namespace DurableEmployability.Analysis;

/// <summary>The exact two-sided sign test of paired changes (ties left out).</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class SignTest
{
    /// <summary>Returns the exact two-sided p-value of the sign test: p = min(1, 2·P(X ≤ min(positive, negative))), X ~ Binomial(positive + negative, ½).</summary>
    /// <param name="positive">The number of positive differences (e.g. participants who improved).</param>
    /// <param name="negative">The number of negative differences (e.g. participants who declined).</param>
    /// <returns>The p-value in [0, 1]; 1 when there are no nonzero differences.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <remarks>
    /// The binomial terms are summed in log space from the observed count downwards (where they shrink geometrically)
    /// and the sum is exponentiated once, so p-values as small as 1e-300 keep about 13 significant digits. Symmetric in
    /// its two arguments.
    /// </remarks>
    /// <example><c>SignTest.TwoSidedP(355, 7)</c> is about 3.31e-95 (phase I: 355 improved, 7 declined).</example>
    public static double TwoSidedP(long positive, long negative)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(positive);
        ArgumentOutOfRangeException.ThrowIfNegative(negative);
        long n = checked(positive + negative);
        long m = Math.Min(positive, negative);
        if (n == 0 || 2 * m == n)
        {
            return 1;
        }

        // log P(X = m) and the ratio P(X = k − 1) / P(X = k) = k / (n − k + 1) < 1 for k ≤ m < n/2.
        double logTop = SpecialFunctions.LogBinomial(n, m) - (n * Math.Log(2));
        double sum = 1;
        double term = 1;
        for (long k = m; k > 0; k--)
        {
            term *= k / (double)(n - k + 1);
            sum += term;
            if (term < sum * 1e-17)
            {
                break;
            }
        }

        double logP = Math.Log(2) + logTop + Math.Log(sum);
        return logP >= 0 ? 1 : Math.Exp(logP);
    }
}
