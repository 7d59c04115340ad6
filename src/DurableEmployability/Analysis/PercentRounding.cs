using System;
using System.Collections.Immutable;

namespace DurableEmployability.Analysis;

/// <summary>Display rounding of a column of percentages that adds up (largest-remainder method).</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class PercentRounding
{
    private const double Snap = 1e-9;

    /// <summary>Rounds percentages to one decimal so that the rounded values add up to the unrounded total rounded to one decimal (100.0 for a column that sums to 100).</summary>
    /// <param name="percents">The unrounded percentages, each finite and ≥ 0.</param>
    /// <returns>The rounded values, one decimal each, in input order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    /// <remarks>
    /// Each value is scaled to tenths and rounded down (values within 1e-9 of a whole tenth count as that tenth, to
    /// absorb floating-point error such as 0.3·10 = 2.9999999999999996). The target is the scaled total rounded half away
    /// from zero; the missing tenths go one each to the values with the largest remainders, ties broken by position
    /// (earlier first). Every rounded value is within 0.1 of its unrounded value.
    /// </remarks>
    /// <example><c>PercentRounding.ToTenths([100.0 / 3, 100.0 / 3, 100.0 / 3])</c> is [33.4, 33.3, 33.3].</example>
    public static ImmutableArray<decimal> ToTenths(ReadOnlySpan<double> percents)
    {
        int n = percents.Length;
        var floors = new long[n];
        var remainders = new double[n];
        double total = 0;
        long floorSum = 0;
        for (int i = 0; i < n; i++)
        {
            double value = percents[i];
            if (!double.IsFinite(value) || value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(percents), value, $"Percentage {i} must be finite and non-negative.");
            }

            double scaled = value * 10;
            total += scaled;
            double nearest = Math.Round(scaled);
            double floor = Math.Abs(scaled - nearest) < Snap ? nearest : Math.Floor(scaled);
            floors[i] = (long)floor;
            remainders[i] = Math.Max(0, scaled - floor);
            floorSum += floors[i];
        }

        long target = (long)Math.Round(total, MidpointRounding.AwayFromZero);
        long missing = Math.Clamp(target - floorSum, 0, n);
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            int byRemainder = remainders[y].CompareTo(remainders[x]);
            return byRemainder != 0 ? byRemainder : x.CompareTo(y);
        });
        for (int i = 0; i < missing; i++)
        {
            floors[order[i]]++;
        }

        var result = ImmutableArray.CreateBuilder<decimal>(n);
        for (int i = 0; i < n; i++)
        {
            result.Add(floors[i] / 10m);
        }

        return result.MoveToImmutable();
    }
}
