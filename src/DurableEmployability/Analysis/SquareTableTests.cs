using System;
using System.Collections.Generic;

namespace DurableEmployability.Analysis;

/// <summary>Tests of change on a square table of paired categories (start × end): Stuart–Maxwell marginal homogeneity and Bowker symmetry.</summary>
/// <remarks>
/// The table is given from-major: <c>cells[i * k + j]</c> counts the pairs that went from category i to category j.
/// Pure functions; thread-safe.
/// </remarks>
public static class SquareTableTests
{
    /// <summary>The report code of the Stuart–Maxwell test.</summary>
    public const string StuartMaxwellCode = "stuart-maxwell";

    /// <summary>The report code of Bowker's test.</summary>
    public const string BowkerCode = "bowker";

    /// <summary>Tests marginal homogeneity (row margins equal column margins) with the Stuart–Maxwell statistic.</summary>
    /// <param name="cells">The k × k counts, from-major.</param>
    /// <param name="categories">The number of categories k (7 for the typology).</param>
    /// <returns>The result; <see langword="null"/> when no category has an off-diagonal count (no pair changed, the test is undefined).</returns>
    /// <exception cref="ArgumentException"><paramref name="cells"/> does not have k² cells, or a count is negative.</exception>
    /// <remarks>
    /// With d_i = n_i· − n_·i and V_ii = n_i· + n_·i − 2n_ii, V_ij = −(n_ij + n_ji), the statistic is d′V⁻d. V is the
    /// Laplacian of the graph whose edges join categories i ≠ j with n_ij + n_ji &gt; 0, so its rank is the number of
    /// categories that changed with some other one (m) minus the number of connected components (c). The generalized
    /// inverse is taken per component by dropping its last category and solving the reduced (positive definite) system; the
    /// statistic is the sum over components and df = m − c. For the usual connected table this is the textbook
    /// Stuart–Maxwell test with df = k − 1 after dropping categories with no off-diagonal counts (in particular those with
    /// zero margins).
    /// </remarks>
    public static ChiSquareTestResult? StuartMaxwell(ReadOnlySpan<long> cells, int categories)
    {
        Check(cells, categories);
        int k = categories;
        var parent = new int[k];
        for (int i = 0; i < k; i++)
        {
            parent[i] = i;
        }

        var active = new bool[k];
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                if (cells[(i * k) + j] + cells[(j * k) + i] > 0)
                {
                    active[i] = active[j] = true;
                    parent[Find(parent, i)] = Find(parent, j);
                }
            }
        }

        var components = new Dictionary<int, List<int>>();
        for (int i = 0; i < k; i++)
        {
            if (active[i])
            {
                int root = Find(parent, i);
                if (!components.TryGetValue(root, out List<int>? members))
                {
                    members = [];
                    components[root] = members;
                }

                members.Add(i);
            }
        }

        if (components.Count == 0)
        {
            return null;
        }

        double statistic = 0;
        int df = 0;
        foreach (List<int> members in components.Values)
        {
            int size = members.Count - 1;
            df += size;
            var v = new double[size, size];
            var d = new double[size];
            for (int a = 0; a < size; a++)
            {
                int i = members[a];
                for (int j = 0; j < k; j++)
                {
                    if (j != i)
                    {
                        d[a] += cells[(i * k) + j] - cells[(j * k) + i];
                        v[a, a] += cells[(i * k) + j] + cells[(j * k) + i];
                    }
                }

                for (int b = 0; b < size; b++)
                {
                    if (b != a)
                    {
                        int j = members[b];
                        v[a, b] = -(cells[(i * k) + j] + cells[(j * k) + i]);
                    }
                }
            }

            statistic += QuadraticFormInverse(v, d);
        }

        statistic = Math.Max(0, statistic);
        return new ChiSquareTestResult(StuartMaxwellCode, statistic, df, Distributions.ChiSquareSurvival(statistic, df));
    }

    /// <summary>Tests symmetry (n_ij = n_ji for all i &lt; j) with Bowker's statistic Σ (n_ij − n_ji)² / (n_ij + n_ji), without continuity correction.</summary>
    /// <param name="cells">The k × k counts, from-major.</param>
    /// <param name="categories">The number of categories k (7 for the typology).</param>
    /// <returns>The result with df = the number of pairs i &lt; j with n_ij + n_ji &gt; 0; <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentException"><paramref name="cells"/> does not have k² cells, or a count is negative.</exception>
    public static ChiSquareTestResult? Bowker(ReadOnlySpan<long> cells, int categories)
    {
        Check(cells, categories);
        int k = categories;
        double statistic = 0;
        int df = 0;
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                double a = cells[(i * k) + j];
                double b = cells[(j * k) + i];
                if (a + b > 0)
                {
                    statistic += (a - b) * (a - b) / (a + b);
                    df++;
                }
            }
        }

        return df == 0 ? null : new ChiSquareTestResult(BowkerCode, statistic, df, Distributions.ChiSquareSurvival(statistic, df));
    }

    private static void Check(ReadOnlySpan<long> cells, int categories)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(categories, 2);
        if (cells.Length != categories * categories)
        {
            throw new ArgumentException($"The table must have {categories * categories} cells (k = {categories}); got {cells.Length}.", nameof(cells));
        }

        for (int i = 0; i < cells.Length; i++)
        {
            if (cells[i] < 0)
            {
                throw new ArgumentException($"Cell {i} is negative ({cells[i]}).", nameof(cells));
            }
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    // Returns d′V⁻¹d for a symmetric positive definite V by Cholesky decomposition (V = LL′, then |L⁻¹d|²).
    private static double QuadraticFormInverse(double[,] v, double[] d)
    {
        int n = d.Length;
        var l = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = v[i, j];
                for (int p = 0; p < j; p++)
                {
                    sum -= l[i, p] * l[j, p];
                }

                l[i, j] = i == j ? Math.Sqrt(sum) : sum / l[j, j];
            }
        }

        double result = 0;
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = d[i];
            for (int p = 0; p < i; p++)
            {
                sum -= l[i, p] * y[p];
            }

            y[i] = sum / l[i, i];
            result += y[i] * y[i];
        }

        return result;
    }
}
