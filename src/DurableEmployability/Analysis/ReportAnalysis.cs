using System;
using System.Collections.Immutable;
using DurableEmployability.Aggregation;

namespace DurableEmployability.Analysis;

/// <summary>The analysis of one report: the change in typology with its tests, the reliability of each statement scale, and confidence intervals for the means.</summary>
/// <remarks>
/// <para>
/// Built by <see cref="Compute"/> from the report alone. The change in typology comes from the 7 × 7 transition table
/// (so it includes Stuart–Maxwell and Bowker), or from the growth distribution when the report has no well-formed
/// transition table. Reliability needs the item co-moments of a scale (<see cref="Report.OpportunityMoments"/>,
/// <see cref="Report.ObstacleMoments"/>), which a report built by <see cref="ReportAccumulator"/> carries and a report
/// read from JSON does not; without them the reliability is <see langword="null"/> (compute it from the records with
/// <see cref="CronbachAlpha.FromRows(System.Collections.Generic.IEnumerable{int[]}, int, ReliabilityMissing)"/>
/// instead). Per-row Wilson intervals of percentages are not stored here; they follow from each row's count and base
/// with <see cref="ConfidenceIntervals.Wilson"/>.
/// </para>
/// <para>Results are unrounded. Immutable; value equality. Thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// ReportAnalysis analysis = ReportAnalysis.Compute(report);
/// // analysis.TypologyChange!.Improved, .SignTestP, .Wilcoxon.P, .MarginalHomogeneity!.P
/// // analysis.OpportunityReliability?.Alpha
/// // analysis.OpportunityMeans[0].Interval
/// </code>
/// </example>
public sealed record ReportAnalysis
{
    private ReportAnalysis(
        double confidenceLevel,
        TypologyChangeAnalysis? typologyChange,
        ConfidenceInterval? growthMeanInterval,
        ReliabilityAnalysis? opportunityReliability,
        ReliabilityAnalysis? obstacleReliability,
        ValueArray<StatementMeanInterval> opportunityMeans,
        ValueArray<StatementMeanInterval> obstacleMeans)
    {
        ConfidenceLevel = confidenceLevel;
        TypologyChange = typologyChange;
        GrowthMeanInterval = growthMeanInterval;
        OpportunityReliability = opportunityReliability;
        ObstacleReliability = obstacleReliability;
        OpportunityMeans = opportunityMeans;
        ObstacleMeans = obstacleMeans;
    }

    /// <summary>Gets the confidence level of the intervals, in (0, 1).</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Gets the change in typology (start → end): counts, sign test, Wilcoxon, rank-biserial and, from the transition table, Stuart–Maxwell and Bowker; <see langword="null"/> when the report has neither a 49-cell transition table nor a 13-row growth table.</summary>
    public TypologyChangeAnalysis? TypologyChange { get; }

    /// <summary>Gets the Student t interval of the mean growth (end − start score), from the growth distribution; <see langword="null"/> with fewer than two participants.</summary>
    public ConfidenceInterval? GrowthMeanInterval { get; }

    /// <summary>Gets Cronbach's α of the opportunity statements; item <c>i</c> is <c>report.Tables.Opportunities.Items[i]</c>; <see langword="null"/> when the report carries no co-moments (e.g. read from JSON).</summary>
    public ReliabilityAnalysis? OpportunityReliability { get; }

    /// <summary>Gets Cronbach's α of the obstacle statements; item <c>i</c> is <c>report.Tables.Obstacles.Items[i]</c>; <see langword="null"/> when the report carries no co-moments (e.g. read from JSON).</summary>
    public ReliabilityAnalysis? ObstacleReliability { get; }

    /// <summary>Gets the t intervals of the mean rating of each opportunity statement, in table order.</summary>
    public ValueArray<StatementMeanInterval> OpportunityMeans { get; }

    /// <summary>Gets the t intervals of the mean rating of each obstacle statement, in table order.</summary>
    public ValueArray<StatementMeanInterval> ObstacleMeans { get; }

    /// <summary>Analyses a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="confidenceLevel">The confidence level of the intervals, 0 &lt; level &lt; 1 (default 0.95).</param>
    /// <param name="missing">How missing ratings are handled in the reliability analysis (default <see cref="ReliabilityMissing.Listwise"/>).</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidenceLevel"/> is not in (0, 1), or <paramref name="missing"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The report's counts are negative or its statement items are inconsistent (only possible for hand-built reports).</exception>
    public static ReportAnalysis Compute(Report report, double confidenceLevel = ConfidenceIntervals.DefaultLevel, ReliabilityMissing missing = ReliabilityMissing.Listwise)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (double.IsNaN(confidenceLevel) || confidenceLevel <= 0 || confidenceLevel >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must be in (0, 1).");
        }

        if (missing is not (ReliabilityMissing.Listwise or ReliabilityMissing.Pairwise))
        {
            throw new ArgumentOutOfRangeException(nameof(missing), missing, "Expected Listwise or Pairwise.");
        }

        ReportTables t = report.Tables;
        return new ReportAnalysis(
            confidenceLevel,
            Change(t),
            GrowthMean(t.Growth, confidenceLevel),
            ReliabilityOrNull(report.OpportunityMoments, missing),
            ReliabilityOrNull(report.ObstacleMoments, missing),
            Means(t.Opportunities, confidenceLevel),
            Means(t.Obstacles, confidenceLevel));
    }

    /// <summary>Computes Cronbach's α of one statement scale from its co-moments.</summary>
    /// <param name="moments">The co-moments of the scale (e.g. <see cref="Report.OpportunityMoments"/>).</param>
    /// <param name="missing">How missing ratings are handled.</param>
    /// <returns>The analysis; its items are in the order of <see cref="ScaleMoments.Keys"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="moments"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="missing"/> is not defined.</exception>
    public static ReliabilityAnalysis Reliability(ScaleMoments moments, ReliabilityMissing missing)
    {
        ArgumentNullException.ThrowIfNull(moments);
        int k = moments.ItemCount;
        switch (missing)
        {
            case ReliabilityMissing.Listwise:
                var sums = new double[k];
                var cross = new double[k * k];
                for (int i = 0; i < k; i++)
                {
                    sums[i] = moments.ListwiseSum(i);
                    for (int j = i; j < k; j++)
                    {
                        cross[(i * k) + j] = moments.ListwiseCrossProduct(i, j);
                    }
                }

                return CronbachAlpha.FromListwiseMoments(moments.ListwiseCount, sums, cross);
            case ReliabilityMissing.Pairwise:
                var pairs = new PairMoments[k * k];
                for (int i = 0; i < k; i++)
                {
                    for (int j = i; j < k; j++)
                    {
                        pairs[(i * k) + j] = new PairMoments(
                            moments.PairCount(i, j),
                            moments.PairSum(i, j),
                            moments.PairSum(j, i),
                            moments.PairSumOfSquares(i, j),
                            moments.PairSumOfSquares(j, i),
                            moments.PairCrossProduct(i, j));
                    }
                }

                return CronbachAlpha.FromPairwiseMoments(pairs, k);
            default:
                throw new ArgumentOutOfRangeException(nameof(missing), missing, "Expected Listwise or Pairwise.");
        }
    }

    private static ReliabilityAnalysis? ReliabilityOrNull(ScaleMoments? moments, ReliabilityMissing missing) =>
        moments is null ? null : Reliability(moments, missing);

    private static TypologyChangeAnalysis? Change(ReportTables t)
    {
        const int cells = TypologyChangeAnalysis.Categories * TypologyChangeAnalysis.Categories;
        if (t.TypologyTransitions.Cells.Count == cells)
        {
            Span<long> counts = stackalloc long[cells];
            for (int i = 0; i < cells; i++)
            {
                counts[i] = t.TypologyTransitions.Cells[i].Count;
            }

            return TypologyChangeAnalysis.FromTransitions(counts);
        }

        if (t.Growth.Rows.Count == TypologyChangeAnalysis.GrowthValues)
        {
            Span<long> counts = stackalloc long[TypologyChangeAnalysis.GrowthValues];
            for (int i = 0; i < counts.Length; i++)
            {
                counts[i] = t.Growth.Rows[i].Count;
            }

            return TypologyChangeAnalysis.FromGrowth(counts);
        }

        return null;
    }

    private static ConfidenceInterval? GrowthMean(GrowthTable growth, double level)
    {
        if (growth.Rows.Count != TypologyChangeAnalysis.GrowthValues)
        {
            return null;
        }

        // Exact integer moments of the growth values −6…+6.
        long n = 0, sum = 0, sumOfSquares = 0;
        for (int i = 0; i < growth.Rows.Count; i++)
        {
            long value = i - (TypologyChangeAnalysis.Categories - 1);
            long count = growth.Rows[i].Count;
            if (count < 0)
            {
                throw new ArgumentException($"Growth count {i} is negative ({count}).", nameof(growth));
            }

            n = checked(n + count);
            sum = checked(sum + (count * value));
            sumOfSquares = checked(sumOfSquares + (count * value * value));
        }

        if (n < 2)
        {
            return null;
        }

        double mean = (double)sum / n;
        double variance = Math.Max(0, (sumOfSquares - ((double)sum * sum / n)) / (n - 1));
        return ConfidenceIntervals.Mean(n, mean, Math.Sqrt(variance), level);
    }

    private static ValueArray<StatementMeanInterval> Means(StatementTable table, double level)
    {
        var builder = ImmutableArray.CreateBuilder<StatementMeanInterval>(table.Items.Count);
        foreach (StatementItem item in table.Items)
        {
            // A report read from JSON carries its statistics as written: an impossible sd (negative) gives no interval.
            ConfidenceInterval? interval = item.Mean is { } mean && double.IsFinite(mean) && item.Sd is { } sd && double.IsFinite(sd) && sd >= 0 && item.N >= 0
                ? ConfidenceIntervals.Mean(item.N, mean, sd, level)
                : null;
            builder.Add(new StatementMeanInterval(item.Key, item.N, item.Mean, interval));
        }

        return builder.MoveToImmutable();
    }
}
