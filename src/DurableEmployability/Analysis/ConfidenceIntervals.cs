using System;

namespace DurableEmployability.Analysis;

/// <summary>Confidence intervals for a proportion (Wilson score) and for a mean (Student t).</summary>
/// <remarks>Pure functions; thread-safe. Results are unrounded.</remarks>
public static class ConfidenceIntervals
{
    /// <summary>The default confidence level, 0.95.</summary>
    public const double DefaultLevel = 0.95;

    /// <summary>Returns the Wilson score interval of a proportion, in percent (0–100).</summary>
    /// <param name="count">The number of successes, 0 ≤ count ≤ n.</param>
    /// <param name="n">The base.</param>
    /// <param name="level">The confidence level, 0 &lt; level &lt; 1.</param>
    /// <returns>The interval in percent, within [0, 100] and containing 100·count/n; <see langword="null"/> when n = 0 (no estimate).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative, <paramref name="count"/> is not in 0…n, or <paramref name="level"/> is not in (0, 1).</exception>
    /// <remarks>
    /// With p̂ = count/n and z = Φ⁻¹(1 − (1 − level)/2): centre = (p̂ + z²/2n)/(1 + z²/n), half-width =
    /// z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²). The bound is exactly 0 when count = 0 and exactly 100 when count = n.
    /// </remarks>
    /// <example><c>ConfidenceIntervals.Wilson(355, 476)</c> is about [70.5, 78.3].</example>
    public static ConfidenceInterval? Wilson(long count, long n, double level = DefaultLevel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, n);
        CheckLevel(level);
        if (n == 0)
        {
            return null;
        }

        double z = Distributions.NormalQuantile(1 - ((1 - level) / 2));
        double nn = n;
        double p = count / nn;
        double z2 = z * z;
        double denominator = 1 + (z2 / nn);
        double centre = (p + (z2 / (2 * nn))) / denominator;
        double half = z / denominator * Math.Sqrt((p * (1 - p) / nn) + (z2 / (4 * nn * nn)));
        // Clamped to the percentage exactly as the report computes it (100 · count / n), so the interval contains the
        // written percent also in the last bit.
        double percent = 100d * count / n;
        double low = count == 0 ? 0 : Math.Clamp(100 * (centre - half), 0, percent);
        double high = count == n ? 100 : Math.Clamp(100 * (centre + half), percent, 100);
        return new ConfidenceInterval(low, high);
    }

    /// <summary>Returns the Student t confidence interval of a mean: mean ± t(1 − (1 − level)/2; n − 1)·sd/√n.</summary>
    /// <param name="n">The number of observations.</param>
    /// <param name="mean">The sample mean.</param>
    /// <param name="standardDeviation">The sample standard deviation (n − 1 denominator), ≥ 0.</param>
    /// <param name="level">The confidence level, 0 &lt; level &lt; 1.</param>
    /// <returns>The interval; <see langword="null"/> when n &lt; 2 (no standard deviation).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative, <paramref name="mean"/> is not finite, <paramref name="standardDeviation"/> is negative or not finite, or <paramref name="level"/> is not in (0, 1).</exception>
    /// <example><c>ConfidenceIntervals.Mean(11, 10, 2)</c> is 10 ± 2.228139·2/√11 = [8.6564, 11.3436].</example>
    public static ConfidenceInterval? Mean(long n, double mean, double standardDeviation, double level = DefaultLevel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!double.IsFinite(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "The mean must be finite.");
        }

        if (!double.IsFinite(standardDeviation) || standardDeviation < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "The standard deviation must be finite and non-negative.");
        }

        CheckLevel(level);
        if (n < 2)
        {
            return null;
        }

        double t = Distributions.StudentTQuantile(1 - ((1 - level) / 2), n - 1);
        double half = t * standardDeviation / Math.Sqrt(n);
        return new ConfidenceInterval(mean - half, mean + half);
    }

    private static void CheckLevel(double level)
    {
        if (double.IsNaN(level) || level <= 0 || level >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be in (0, 1).");
        }
    }
}
