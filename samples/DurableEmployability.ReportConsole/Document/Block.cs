namespace DurableEmployability.ReportConsole.Document;

/// <summary>One block of a rendered report: a heading, a paragraph, a table or a chart.</summary>
/// <remarks>The same blocks are rendered as terminal tables and charts or as Markdown, so both say the same.</remarks>
internal abstract record Block;
