using System.Collections.Immutable;

namespace DurableEmployability.ReportConsole.Document;

/// <summary>One or more bar charts of percentages shown side by side (e.g. the typology at start and at end).</summary>
/// <param name="Charts">The charts, left to right; each is a title and its bars.</param>
internal sealed record ChartBlock(ImmutableArray<(string Title, ImmutableArray<ChartItem> Items)> Charts) : Block;
