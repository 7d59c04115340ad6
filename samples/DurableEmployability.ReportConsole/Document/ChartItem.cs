namespace DurableEmployability.ReportConsole.Document;

/// <summary>One bar of a bar chart.</summary>
/// <param name="Label">The bar's label.</param>
/// <param name="Value">The value (a percentage).</param>
internal sealed record ChartItem(string Label, double Value);
