using System;
using DurableEmployability.Catalog;

namespace DurableEmployability.Aggregation;

/// <summary>
/// Mergeable co-moments of the ratings of one statement scale, for reliability analysis (Cronbach's alpha) with
/// listwise or pairwise deletion of missing ratings. All sums are exact integers.
/// </summary>
/// <remarks>
/// <para>
/// Items are indexed by catalogue order within the scale of the segment (<see cref="Keys"/>). <b>Listwise</b>: over
/// the participants who rated every item of the scale: their count, Σx<sub>i</sub> and Σx<sub>i</sub>x<sub>j</sub>.
/// <b>Pairwise</b>: for each pair (i, j), over the participants who rated both i and j: n<sub>ij</sub>,
/// Σx<sub>i</sub>, Σx<sub>i</sub>² and Σx<sub>i</sub>x<sub>j</sub> (for i = j these are the item's own n, Σx and Σx²).
/// </para>
/// <para>
/// These are not part of the report JSON; they are kept in the accumulator state, so they merge across shards like
/// every other counter. Value equality. Immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// ScaleMoments m = report.OpportunityMoments!;
/// long n = m.ListwiseCount;
/// double meanOfItem0 = (double)m.ListwiseSum(0) / n;
/// double cov01 = (m.ListwiseCrossProduct(0, 1) - (double)m.ListwiseSum(0) * m.ListwiseSum(1) / n) / (n - 1);
/// </code>
/// </example>
public sealed record ScaleMoments
{
    internal ScaleMoments(
        StatementScale scale,
        ValueArray<string> keys,
        long listwiseCount,
        ValueArray<long> listwiseSums,
        ValueArray<long> listwiseCrossProducts,
        ValueArray<long> pairCounts,
        ValueArray<long> pairSums,
        ValueArray<long> pairSumsOfSquares,
        ValueArray<long> pairCrossProducts)
    {
        Scale = scale;
        Keys = keys;
        ListwiseCount = listwiseCount;
        ListwiseSums = listwiseSums;
        ListwiseCrossProducts = listwiseCrossProducts;
        PairCounts = pairCounts;
        PairSums = pairSums;
        PairSumsOfSquares = pairSumsOfSquares;
        PairCrossProducts = pairCrossProducts;
    }

    /// <summary>Gets the scale.</summary>
    public StatementScale Scale { get; }

    /// <summary>Gets the statement codes in catalogue order; item <c>i</c> is <c>Keys[i]</c>.</summary>
    public ValueArray<string> Keys { get; }

    /// <summary>Gets the number of items k.</summary>
    public int ItemCount => Keys.Count;

    /// <summary>Gets the number of participants who rated every item of the scale.</summary>
    public long ListwiseCount { get; }

    /// <summary>Gets Σx<sub>i</sub> over the listwise participants, per item (length k).</summary>
    public ValueArray<long> ListwiseSums { get; }

    /// <summary>Gets Σx<sub>i</sub>x<sub>j</sub> over the listwise participants for i ≤ j, packed row by row (length k(k+1)/2); use <see cref="ListwiseCrossProduct"/>.</summary>
    public ValueArray<long> ListwiseCrossProducts { get; }

    /// <summary>Gets n<sub>ij</sub> as a k × k row-major matrix; use <see cref="PairCount"/>.</summary>
    public ValueArray<long> PairCounts { get; }

    /// <summary>Gets Σx<sub>i</sub> over the participants who rated i and j, as a k × k row-major matrix indexed [i, j]; use <see cref="PairSum"/>.</summary>
    public ValueArray<long> PairSums { get; }

    /// <summary>Gets Σx<sub>i</sub>² over the participants who rated i and j, as a k × k row-major matrix indexed [i, j]; use <see cref="PairSumOfSquares"/>.</summary>
    public ValueArray<long> PairSumsOfSquares { get; }

    /// <summary>Gets Σx<sub>i</sub>x<sub>j</sub> over the participants who rated i and j, as a symmetric k × k row-major matrix; use <see cref="PairCrossProduct"/>.</summary>
    public ValueArray<long> PairCrossProducts { get; }

    /// <summary>Returns Σx<sub>i</sub> over the listwise participants.</summary>
    /// <param name="i">The item index.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is out of range.</exception>
    public long ListwiseSum(int i)
    {
        Check(i, nameof(i));
        return ListwiseSums[i];
    }

    /// <summary>Returns Σx<sub>i</sub>x<sub>j</sub> over the listwise participants (symmetric in i and j).</summary>
    /// <param name="i">The first item index.</param>
    /// <param name="j">The second item index.</param>
    /// <returns>The sum of products.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public long ListwiseCrossProduct(int i, int j)
    {
        Check(i, nameof(i));
        Check(j, nameof(j));
        if (i > j)
        {
            (i, j) = (j, i);
        }

        return ListwiseCrossProducts[TriangleIndex(ItemCount, i, j)];
    }

    /// <summary>Returns n<sub>ij</sub>, the number of participants who rated both items (for i = j: the item's n).</summary>
    /// <param name="i">The first item index.</param>
    /// <param name="j">The second item index.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public long PairCount(int i, int j) => PairCounts[Square(i, j)];

    /// <summary>Returns Σx<sub>i</sub> over the participants who rated both i and j.</summary>
    /// <param name="i">The item whose ratings are summed.</param>
    /// <param name="j">The other item.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public long PairSum(int i, int j) => PairSums[Square(i, j)];

    /// <summary>Returns Σx<sub>i</sub>² over the participants who rated both i and j.</summary>
    /// <param name="i">The item whose squared ratings are summed.</param>
    /// <param name="j">The other item.</param>
    /// <returns>The sum of squares.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public long PairSumOfSquares(int i, int j) => PairSumsOfSquares[Square(i, j)];

    /// <summary>Returns Σx<sub>i</sub>x<sub>j</sub> over the participants who rated both i and j (symmetric).</summary>
    /// <param name="i">The first item index.</param>
    /// <param name="j">The second item index.</param>
    /// <returns>The sum of products.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public long PairCrossProduct(int i, int j) => PairCrossProducts[Square(i, j)];

    internal static int TriangleIndex(int k, int i, int j) => (i * k) - (i * (i - 1) / 2) + (j - i);

    private int Square(int i, int j)
    {
        Check(i, nameof(i));
        Check(j, nameof(j));
        return (i * ItemCount) + j;
    }

    private void Check(int index, string name)
    {
        if ((uint)index >= (uint)ItemCount)
        {
            throw new ArgumentOutOfRangeException(name, index, $"Expected an item index 0…{ItemCount - 1}.");
        }
    }
}
