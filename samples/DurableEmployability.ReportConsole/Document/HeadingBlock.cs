namespace DurableEmployability.ReportConsole.Document;

/// <summary>A heading.</summary>
/// <param name="Level">1 for the document, 2 for a report, 3 for a section of a report.</param>
/// <param name="Text">The heading text.</param>
internal sealed record HeadingBlock(int Level, string Text) : Block;
