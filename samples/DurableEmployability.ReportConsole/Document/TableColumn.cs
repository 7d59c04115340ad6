namespace DurableEmployability.ReportConsole.Document;

/// <summary>A column of a table.</summary>
/// <param name="Header">The header text.</param>
/// <param name="Numeric">Whether the column holds numbers (right-aligned).</param>
internal sealed record TableColumn(string Header, bool Numeric = false);
