namespace DurableEmployability.ReportConsole.Document;

/// <summary>A cell with text.</summary>
/// <param name="Text">The text.</param>
/// <param name="Emphasis">Whether the text is a total or a group heading (bold in the terminal and in Markdown).</param>
internal sealed record TextCell(string Text, bool Emphasis = false) : Cell;
