namespace DurableEmployability.ReportConsole.Document;

/// <summary>A line or paragraph of plain text.</summary>
/// <param name="Text">The text.</param>
internal sealed record ParagraphBlock(string Text) : Block;
