using System.Collections.Immutable;

namespace DurableEmployability.ReportConsole.Document;

/// <summary>A cell with a 100 % stacked bar: one segment per answer, in answer order.</summary>
/// <param name="Percents">The share of each answer (0–100); they sum to 100 or are all 0.</param>
internal sealed record StackedBarCell(ImmutableArray<double> Percents) : Cell;
