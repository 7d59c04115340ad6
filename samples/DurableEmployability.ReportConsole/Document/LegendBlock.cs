using System.Collections.Immutable;

namespace DurableEmployability.ReportConsole.Document;

/// <summary>The legend of the stacked bars that follow: one label per segment, in segment order.</summary>
/// <param name="Labels">The labels.</param>
internal sealed record LegendBlock(ImmutableArray<string> Labels) : Block;
