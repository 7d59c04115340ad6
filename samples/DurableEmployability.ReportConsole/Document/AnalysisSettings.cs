namespace DurableEmployability.ReportConsole.Document;

/// <summary>What the rendered report shows beyond the printed tables.</summary>
/// <param name="IncludeAnalysis">Whether to show the analysis: tests of change, confidence intervals, reliability.</param>
/// <param name="ConfidenceLevel">The level of the confidence intervals (0.95).</param>
/// <param name="MinimumGroup">Breakdown reports with fewer participants are suppressed; 0 turns suppression off.</param>
/// <param name="SyntheticRecords">Whether the records are synthetic (the phase I reconstruction), so that statistics of individual answers, such as reliability, mean nothing.</param>
internal sealed record AnalysisSettings(bool IncludeAnalysis, double ConfidenceLevel, int MinimumGroup, bool SyntheticRecords);
