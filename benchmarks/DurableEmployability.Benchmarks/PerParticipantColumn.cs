using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DurableEmployability.Benchmarks;

/// <summary>The mean time of one operation divided by the cohort size <c>N</c>, in nanoseconds per participant.</summary>
public sealed class PerParticipantColumn : IColumn
{
    private PerParticipantColumn()
    {
    }

    /// <summary>Gets the column.</summary>
    public static PerParticipantColumn Instance { get; } = new();

    /// <inheritdoc/>
    public string Id => nameof(PerParticipantColumn);

    /// <inheritdoc/>
    public string ColumnName => "ns/participant";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 2;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Mean time of one operation divided by the number of participants N (ns)";

    /// <summary>Gets the cohort size of a benchmark case, or 0.</summary>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>The value of the parameter <c>N</c>, or 0.</returns>
    public static int CohortSize(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.Count > 0 && benchmarkCase.Parameters["N"] is int n ? n : 0;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        int n = CohortSize(benchmarkCase);
        double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return n > 0 && mean is double ns ? (ns / n).ToString("N2", CultureInfo.InvariantCulture) : "-";
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
