namespace DurableEmployability.ReportConsole.Document;

/// <summary>A cell with a horizontal bar of a percentage.</summary>
/// <param name="Percent">The percentage (0–100).</param>
/// <param name="Scale">The percentage that fills the whole bar (the largest of the column, or 100).</param>
internal sealed record BarCell(double Percent, double Scale) : Cell;
