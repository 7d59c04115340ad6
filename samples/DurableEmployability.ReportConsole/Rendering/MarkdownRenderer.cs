using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DurableEmployability.ReportConsole.Document;

namespace DurableEmployability.ReportConsole.Rendering;

/// <summary>Renders report blocks as Markdown: pipe tables, with the charts as text bars.</summary>
/// <remarks>The output is ready to paste into a partner's own report. Stateless apart from the format; thread-safe.</remarks>
internal sealed class MarkdownRenderer
{
    private const int BarWidth = 20;
    private const int StackedWidth = 25;
    private readonly DisplayFormat format;

    /// <summary>Initializes a new instance of the <see cref="MarkdownRenderer"/> class.</summary>
    /// <param name="format">The display format.</param>
    public MarkdownRenderer(DisplayFormat format) => this.format = format;

    /// <summary>Renders blocks to Markdown text.</summary>
    /// <param name="blocks">The blocks.</param>
    /// <returns>The Markdown, ending with a newline.</returns>
    public string Render(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var text = new StringBuilder();
        foreach (Block block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    text.Append('#', Math.Clamp(heading.Level, 1, 6)).Append(' ').Append(Escape(heading.Text)).Append("\n\n");
                    break;
                case ParagraphBlock paragraph:
                    text.Append(Escape(paragraph.Text)).Append("\n\n");
                    break;
                case LegendBlock legend:
                    text.Append(format.Say("Legenda: ", "Legend: "))
                        .Append(string.Join(" ", legend.Labels.Select((label, i) => $"`{new string(TextBars.Glyph(i, legend.Labels.Length), 2)}` {Escape(label)}")))
                        .Append("\n\n");
                    break;
                case TableBlock table:
                    AppendTable(text, table);
                    break;
                case ChartBlock chart:
                    AppendCharts(text, chart);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(blocks), block.GetType().Name, "Unknown block.");
            }
        }

        return text.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);

    private static string Cell(Cell cell) => cell switch
    {
        TextCell { Emphasis: true, Text.Length: > 0 } text => "**" + Escape(text.Text.Trim()) + "**",
        TextCell text when text.Text.StartsWith("  ", StringComparison.Ordinal) => "&nbsp;&nbsp;" + Escape(text.Text.TrimStart()),
        TextCell text => Escape(text.Text),
        BarCell bar => TextBars.Bar(bar.Percent, bar.Scale, BarWidth),
        StackedBarCell stacked => TextBars.Stacked(stacked.Percents, StackedWidth),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.GetType().Name, "Unknown cell."),
    };

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells) => text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");

    private static void AppendTable(StringBuilder text, TableBlock table)
    {
        if (table.Title.Length > 0)
        {
            text.Append("**").Append(Escape(table.Title)).Append("**\n\n");
        }

        AppendRow(text, table.Columns.Select(c => Escape(c.Header)));
        AppendRow(text, table.Columns.Select(c => c.Numeric ? "---:" : "---"));
        foreach (var row in table.Rows)
        {
            AppendRow(text, row.Select(Cell));
        }

        text.Append('\n');
    }

    private void AppendCharts(StringBuilder text, ChartBlock block)
    {
        double max = Math.Max(1, block.Charts.SelectMany(c => c.Items).Max(i => i.Value));
        var labels = block.Charts[0].Items.Select(i => i.Label).ToList();
        bool aligned = block.Charts.All(c => c.Items.Select(i => i.Label).SequenceEqual(labels));
        if (!aligned)
        {
            foreach (var chart in block.Charts)
            {
                AppendCharts(text, new ChartBlock([chart]));
            }

            return;
        }

        var header = new List<string> { string.Empty };
        foreach (var chart in block.Charts)
        {
            header.Add(Escape(chart.Title));
            header.Add(string.Empty);
        }

        AppendRow(text, header);
        AppendRow(text, header.Select((_, i) => i == 0 ? "---" : i % 2 == 1 ? "---:" : "---"));
        for (int row = 0; row < labels.Count; row++)
        {
            var cells = new List<string> { Escape(labels[row]) };
            foreach (var chart in block.Charts)
            {
                cells.Add(format.Percent(chart.Items[row].Value));
                cells.Add(TextBars.Bar(chart.Items[row].Value, max, BarWidth));
            }

            AppendRow(text, cells);
        }

        text.Append('\n');
    }
}
