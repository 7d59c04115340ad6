using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DurableEmployability.Benchmarks;

/// <summary>
/// The size of the JSON text of a cohort (<see cref="BenchmarkData.JsonLength"/>, in MB of 10⁶ bytes) and the
/// throughput of one operation over it (MB/s).
/// </summary>
public sealed class JsonColumn : IColumn
{
    private readonly bool throughput;

    private JsonColumn(bool throughput) => this.throughput = throughput;

    /// <summary>Gets the size column.</summary>
    public static JsonColumn Megabytes { get; } = new(throughput: false);

    /// <summary>Gets the throughput column.</summary>
    public static JsonColumn Throughput { get; } = new(throughput: true);

    /// <inheritdoc/>
    public string Id => throughput ? "JsonThroughput" : "JsonMegabytes";

    /// <inheritdoc/>
    public string ColumnName => throughput ? "MB/s" : "JSON MB";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => throughput ? 1 : 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => throughput
        ? "Bytes of JSON text read per second of mean time (MB/s, 1 MB = 10^6 bytes)"
        : "Size of the JSON text (MB, not indented)";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        int n = PerParticipantColumn.CohortSize(benchmarkCase);
        if (n == 0)
        {
            return "-";
        }

        double megabytes = BenchmarkData.JsonLength(n) / 1e6;
        if (!throughput)
        {
            return megabytes.ToString("N1", CultureInfo.InvariantCulture);
        }

        double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is double ns ? (megabytes / (ns / 1e9)).ToString("N1", CultureInfo.InvariantCulture) : "-";
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
