using System.Collections.Immutable;

namespace DurableEmployability.ReportConsole.Document;

/// <summary>A table with a title, column headers and rows.</summary>
/// <param name="Title">The title (the report's table caption), or empty.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows; each has one cell per column.</param>
internal sealed record TableBlock(string Title, ImmutableArray<TableColumn> Columns, ImmutableArray<ImmutableArray<Cell>> Rows) : Block;
