using System;

namespace DurableEmployability.Analysis;

/// <summary>Cumulative distribution and quantile functions of the normal, Student t and chi-square distributions.</summary>
/// <remarks>
/// Implemented in the library itself (no numerics dependency): the normal distribution through the regularized
/// incomplete gamma function (Φ(x) = ½·erfc(−x/√2), erfc(z) = Q(½, z²)), Student t through the regularized incomplete
/// beta function, chi-square through the regularized incomplete gamma function. Upper tails are computed directly, so
/// tiny p-values keep their relative accuracy down to about 1e-300. Pure functions; thread-safe.
/// </remarks>
public static class Distributions
{
    private const double Sqrt2 = 1.4142135623730951;
    private const double SqrtTwoPi = 2.5066282746310002;

    // Acklam's coefficients for the normal quantile, highest power first.
    private static readonly double[] AcklamA =
        [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];

    private static readonly double[] AcklamB =
        [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];

    private static readonly double[] AcklamC =
        [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];

    private static readonly double[] AcklamD =
        [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];

    /// <summary>Returns the standard normal cumulative distribution function Φ(x).</summary>
    /// <param name="x">The value.</param>
    /// <returns>P(Z ≤ x) for a standard normal Z; NaN for NaN.</returns>
    public static double NormalCdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (double.IsInfinity(x))
        {
            return x > 0 ? 1 : 0;
        }

        double half = 0.5 * Erfc(Math.Abs(x) / Sqrt2);
        return x < 0 ? half : 1 - half;
    }

    /// <summary>Returns the standard normal upper tail 1 − Φ(x), computed without cancellation.</summary>
    /// <param name="x">The value.</param>
    /// <returns>P(Z &gt; x) for a standard normal Z.</returns>
    public static double NormalSurvival(double x) => NormalCdf(-x);

    /// <summary>Returns the standard normal quantile Φ⁻¹(p).</summary>
    /// <param name="p">The probability, 0 ≤ p ≤ 1.</param>
    /// <returns>The x with Φ(x) = p; −∞ for 0 and +∞ for 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in [0, 1].</exception>
    /// <remarks>Acklam's rational approximation, refined by two Halley steps on <see cref="NormalCdf"/>.</remarks>
    public static double NormalQuantile(double p)
    {
        CheckProbability(p);
        if (p == 0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        if (p > 0.5)
        {
            return -NormalQuantileLow(1 - p);
        }

        return NormalQuantileLow(p);
    }

    /// <summary>Returns the Student t cumulative distribution function.</summary>
    /// <param name="t">The value.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, &gt; 0.</param>
    /// <returns>P(T ≤ t).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreesOfFreedom"/> is not positive.</exception>
    public static double StudentTCdf(double t, double degreesOfFreedom)
    {
        CheckDegreesOfFreedom(degreesOfFreedom);
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return t > 0 ? 1 : 0;
        }

        // P(|T| > |t|) / 2 = ½ I_{ν/(ν+t²)}(ν/2, ½); for small t use 1 − I_{t²/(ν+t²)}(½, ν/2), whose argument keeps its precision.
        double t2 = t * t;
        double tail = t2 < degreesOfFreedom
            ? 0.5 - (0.5 * SpecialFunctions.RegularizedIncompleteBeta(0.5, degreesOfFreedom / 2, t2 / (degreesOfFreedom + t2)))
            : 0.5 * SpecialFunctions.RegularizedIncompleteBeta(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + t2));
        return t < 0 ? tail : 1 - tail;
    }

    /// <summary>Returns the Student t quantile.</summary>
    /// <param name="p">The probability, 0 ≤ p ≤ 1.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, &gt; 0.</param>
    /// <returns>The t with P(T ≤ t) = p; −∞ for 0 and +∞ for 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in [0, 1], or <paramref name="degreesOfFreedom"/> is not positive.</exception>
    /// <remarks>Closed forms for 1 and 2 degrees of freedom; otherwise the root of the CDF found by safeguarded Newton steps from the normal quantile.</remarks>
    public static double StudentTQuantile(double p, double degreesOfFreedom)
    {
        CheckProbability(p);
        CheckDegreesOfFreedom(degreesOfFreedom);
        if (p == 0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        if (p == 0.5)
        {
            return 0;
        }

        if (p > 0.5)
        {
            return -StudentTQuantile(1 - p, degreesOfFreedom);
        }

        if (degreesOfFreedom == 1)
        {
            return -1 / Math.Tan(Math.PI * p);
        }

        if (degreesOfFreedom == 2)
        {
            double a = 4 * p * (1 - p);
            return -2 * (0.5 - p) * Math.Sqrt(2 / a);
        }

        // Lower tail, p < 0.5: the root is negative. Bracket it, then Newton steps kept inside the bracket.
        double hi = 0;
        double lo = Math.Min(-1, NormalQuantile(p));
        while (StudentTCdf(lo, degreesOfFreedom) > p)
        {
            hi = lo;
            lo *= 2;
        }

        double x = NormalQuantile(p);
        if (x <= lo || x >= hi)
        {
            x = 0.5 * (lo + hi);
        }

        double logNorm = SpecialFunctions.LogGamma((degreesOfFreedom + 1) / 2) - SpecialFunctions.LogGamma(degreesOfFreedom / 2)
                         - (0.5 * Math.Log(degreesOfFreedom * Math.PI));
        for (int i = 0; i < 200; i++)
        {
            double f = StudentTCdf(x, degreesOfFreedom) - p;
            if (f == 0)
            {
                return x;
            }

            if (f > 0)
            {
                hi = x;
            }
            else
            {
                lo = x;
            }

            double density = Math.Exp(logNorm - ((degreesOfFreedom + 1) / 2 * Math.Log(1 + (x * x / degreesOfFreedom))));
            double next = x - (f / density);
            if (!(next > lo && next < hi))
            {
                next = 0.5 * (lo + hi);
            }

            if (Math.Abs(next - x) <= 1e-15 * Math.Abs(x) || hi - lo <= 1e-15 * Math.Abs(x))
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    /// <summary>Returns the chi-square cumulative distribution function.</summary>
    /// <param name="x">The value.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, &gt; 0.</param>
    /// <returns>P(X ≤ x); 0 for x ≤ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreesOfFreedom"/> is not positive.</exception>
    public static double ChiSquareCdf(double x, double degreesOfFreedom)
    {
        CheckDegreesOfFreedom(degreesOfFreedom);
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        return x <= 0 ? 0 : SpecialFunctions.RegularizedGammaP(degreesOfFreedom / 2, x / 2);
    }

    /// <summary>Returns the chi-square upper tail P(X &gt; x), computed without cancellation (the p-value of a statistic x).</summary>
    /// <param name="x">The value.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, &gt; 0.</param>
    /// <returns>P(X &gt; x); 1 for x ≤ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreesOfFreedom"/> is not positive.</exception>
    public static double ChiSquareSurvival(double x, double degreesOfFreedom)
    {
        CheckDegreesOfFreedom(degreesOfFreedom);
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        return x <= 0 ? 1 : SpecialFunctions.RegularizedGammaQ(degreesOfFreedom / 2, x / 2);
    }

    /// <summary>Returns erfc(z) for z ≥ 0 as Q(½, z²).</summary>
    private static double Erfc(double z) => z == 0 ? 1 : SpecialFunctions.RegularizedGammaQ(0.5, z * z);

    private static double NormalQuantileLow(double p)
    {
        // Acklam's algorithm (lower region and central region), for 0 < p ≤ 0.5.
        double x;
        if (p < 0.02425)
        {
            double q = Math.Sqrt(-2 * Math.Log(p));
            x = Horner(AcklamC, q) / ((Horner(AcklamD, q) * q) + 1);
        }
        else
        {
            double q = p - 0.5;
            double r = q * q;
            x = Horner(AcklamA, r) * q / ((Horner(AcklamB, r) * r) + 1);
        }

        // Halley refinement: the lower tail is computed directly, so this keeps relative accuracy for tiny p.
        for (int i = 0; i < 2; i++)
        {
            double e = NormalCdf(x) - p;
            double u = e * SqrtTwoPi * Math.Exp(x * x / 2);
            if (e == 0 || !double.IsFinite(u))
            {
                break;
            }

            x -= u / (1 + (x * u / 2));
        }

        return x;
    }

    private static double Horner(double[] coefficients, double x)
    {
        double sum = 0;
        foreach (double c in coefficients)
        {
            sum = (sum * x) + c;
        }

        return sum;
    }

    private static void CheckProbability(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must be in [0, 1].");
        }
    }

    private static void CheckDegreesOfFreedom(double degreesOfFreedom)
    {
        if (double.IsNaN(degreesOfFreedom) || degreesOfFreedom <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "The degrees of freedom must be positive.");
        }
    }
}
