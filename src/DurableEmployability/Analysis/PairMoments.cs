using System;

namespace DurableEmployability.Analysis;

/// <summary>The co-moments of two items over the respondents who scored both: count, sums, sums of squares and the sum of products.</summary>
/// <param name="Count">The number of respondents who scored both items.</param>
/// <param name="SumX">Σx over those respondents.</param>
/// <param name="SumY">Σy over those respondents.</param>
/// <param name="SumXX">Σx² over those respondents.</param>
/// <param name="SumYY">Σy² over those respondents.</param>
/// <param name="SumXY">Σxy over those respondents.</param>
/// <remarks>
/// A mergeable accumulator: <see cref="Add"/> one respondent, <see cref="Merge"/> two partial results (merging is
/// associative and commutative; <see langword="default"/> is the empty value). For an item with itself, x = y.
/// Immutable; value equality.
/// </remarks>
public readonly record struct PairMoments(long Count, double SumX, double SumY, double SumXX, double SumYY, double SumXY)
{
    /// <summary>Gets the empty moments (no respondent).</summary>
    public static PairMoments Empty => default;

    /// <summary>Returns the moments with one more respondent.</summary>
    /// <param name="x">The respondent's score on the first item.</param>
    /// <param name="y">The respondent's score on the second item.</param>
    /// <returns>The new moments.</returns>
    public PairMoments Add(double x, double y) =>
        new(checked(Count + 1), SumX + x, SumY + y, SumXX + (x * x), SumYY + (y * y), SumXY + (x * y));

    /// <summary>Returns the moments of the union of two disjoint sets of respondents.</summary>
    /// <param name="other">The other moments.</param>
    /// <returns>The merged moments.</returns>
    public PairMoments Merge(PairMoments other) =>
        new(checked(Count + other.Count), SumX + other.SumX, SumY + other.SumY, SumXX + other.SumXX, SumYY + other.SumYY, SumXY + other.SumXY);

    /// <summary>Gets the sample covariance (n − 1 denominator); <see langword="null"/> when fewer than two respondents.</summary>
    public double? Covariance => Count < 2 ? null : (SumXY - (SumX * SumY / Count)) / (Count - 1);

    /// <summary>Returns whether the moments are consistent with real data (non-negative count; when empty, all sums zero).</summary>
    internal bool IsWellFormed => Count > 0 || (Count == 0 && SumX == 0 && SumY == 0 && SumXX == 0 && SumYY == 0 && SumXY == 0);

    /// <summary>Throws when <paramref name="moments"/> has a negative count.</summary>
    internal static void Check(PairMoments moments, string paramName)
    {
        if (!moments.IsWellFormed)
        {
            throw new ArgumentException($"Moments with count {moments.Count} are not well formed.", paramName);
        }
    }
}
