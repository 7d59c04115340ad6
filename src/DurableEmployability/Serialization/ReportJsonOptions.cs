using System;
using DurableEmployability.Analysis;

namespace DurableEmployability.Serialization;

/// <summary>Options of the report JSON writer: layout (indentation) and the opt-in extensions (the <c>analysis</c> section with per-row <c>ci</c>, and small-cell suppression).</summary>
/// <remarks>
/// With the defaults the JSON is exactly the version 1 report of <c>report-format.md</c>: no <c>analysis</c>, no
/// <c>ci</c>, nothing suppressed. <see cref="IncludeAnalysis"/> and <see cref="MinGroupSize"/> are opt-in, so that an
/// unrequested report never changes or hides data. Value equality. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var options = new ReportJsonOptions { IncludeAnalysis = true, ConfidenceLevel = 0.95, MinGroupSize = 10 };
/// byte[] json = ReportJsonWriter.ToUtf8Bytes(breakdown, options);
/// </code>
/// </example>
public sealed record ReportJsonOptions
{
    private readonly double confidenceLevel = ConfidenceIntervals.DefaultLevel;
    private readonly int? minGroupSize;

    /// <summary>Gets the default options: indented with two spaces, <c>\n</c> line ends, no analysis, no suppression.</summary>
    public static ReportJsonOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether the JSON is indented (two spaces, <c>\n</c> line ends); otherwise it is compact.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>Gets a value indicating whether each report carries the <c>analysis</c> section (<see cref="ReportAnalysis"/>) and every row with a <c>percent</c> a Wilson <c>ci</c> (default <see langword="false"/>).</summary>
    public bool IncludeAnalysis { get; init; }

    /// <summary>Gets the confidence level of the intervals written with <see cref="IncludeAnalysis"/>, in (0, 1) (default 0.95).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 1).</exception>
    public double ConfidenceLevel
    {
        get => confidenceLevel;
        init => confidenceLevel = double.IsNaN(value) || value <= 0 || value >= 1
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "The confidence level must be in (0, 1).")
            : value;
    }

    /// <summary>Gets the minimum group size N of small-cell protection: a group report (one with a <c>group</c>) of fewer than N participants is written as <c>"suppressed": true</c> without counts; the overall report is never suppressed. <see langword="null"/> or 0 turns suppression off (default); 10 is recommended (<see cref="SmallCellProtection.RecommendedMinimumGroup"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? MinGroupSize
    {
        get => minGroupSize;
        init => minGroupSize = value is < 0
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "The minimum group size must be 0 or more.")
            : value;
    }
}
