using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DurableEmployability.ReportConsole.Document;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreColumn = Spectre.Console.TableColumn;

namespace DurableEmployability.ReportConsole.Rendering;

/// <summary>Renders report blocks as Spectre.Console tables and bar charts.</summary>
/// <remarks>Colours are used when the console supports them; stacked bars also differ by shade, so they read without colour.</remarks>
internal sealed class TerminalRenderer
{
    private const int BarWidth = 20;
    private const int StackedWidth = 25;
    private static readonly Color[] Five = [Color.Red3, Color.Orange3, Color.Grey62, Color.DarkSeaGreen2, Color.Green3];
    private static readonly Color[] Three = [Color.Green3, Color.Yellow3, Color.Red3];
    private readonly IAnsiConsole console;
    private readonly DisplayFormat format;

    /// <summary>Initializes a new instance of the <see cref="TerminalRenderer"/> class.</summary>
    /// <param name="console">The console to write to.</param>
    /// <param name="format">The display format (for chart values).</param>
    public TerminalRenderer(IAnsiConsole console, DisplayFormat format)
    {
        this.console = console;
        this.format = format;
    }

    /// <summary>Writes blocks to the console.</summary>
    /// <param name="blocks">The blocks.</param>
    public void Write(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (Block block in blocks)
        {
            console.Write(Render(block));
        }
    }

    private static Color[] Palette(int count) => count == 3 ? Three : Five;

    private static Markup StackedMarkup(IReadOnlyList<double> percents)
    {
        int[] widths = TextBars.Widths(percents, StackedWidth);
        Color[] palette = Palette(widths.Length);
        var text = new StringBuilder();
        for (int i = 0; i < widths.Length; i++)
        {
            if (widths[i] > 0)
            {
                text.Append('[').Append(palette[i % palette.Length].ToMarkup()).Append(']')
                    .Append(TextBars.Glyph(i, widths.Length), widths[i]).Append("[/]");
            }
        }

        return new Markup(text.ToString());
    }

    private IRenderable Render(Block block) => block switch
    {
        HeadingBlock { Level: <= 1 } heading => new Rows(new Text(string.Empty), new Rule($"[bold]{Markup.Escape(heading.Text)}[/]").DoubleBorder()),
        HeadingBlock { Level: 2 } heading => new Rows(new Text(string.Empty), new Rule($"[bold]{Markup.Escape(heading.Text)}[/]").LeftJustified()),
        HeadingBlock heading => new Rows(new Text(string.Empty), new Markup($"[bold underline]{Markup.Escape(heading.Text)}[/]")),
        ParagraphBlock paragraph => new Text(paragraph.Text + "\n"),
        LegendBlock legend => Legend(legend),
        TableBlock table => Table(table),
        ChartBlock chart => Charts(chart),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block."),
    };

    private Markup Legend(LegendBlock legend)
    {
        Color[] palette = Palette(legend.Labels.Length);
        IEnumerable<string> parts = legend.Labels.Select((label, i) =>
            $"[{palette[i % palette.Length].ToMarkup()}]{new string(TextBars.Glyph(i, legend.Labels.Length), 2)}[/] {Markup.Escape(label)}");
        return new Markup(format.Say("Legenda: ", "Legend: ") + string.Join("   ", parts) + "\n");
    }

    private Table Table(TableBlock block)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        if (block.Title.Length > 0)
        {
            table.Title = new TableTitle(Markup.Escape(block.Title), new Style(decoration: Decoration.Bold));
        }

        for (int i = 0; i < block.Columns.Length; i++)
        {
            Document.TableColumn column = block.Columns[i];
            var spectreColumn = new SpectreColumn(Markup.Escape(column.Header));
            if (column.Numeric)
            {
                spectreColumn.RightAligned();
            }

            // Bars and numbers never wrap; labels do when the terminal is narrow.
            if (column.Numeric || block.Rows.Any(row => row[i] is BarCell or StackedBarCell))
            {
                spectreColumn.NoWrap();
            }

            table.AddColumn(spectreColumn);
        }

        foreach (var row in block.Rows)
        {
            table.AddRow(row.Select(RenderCell));
        }

        return table;
    }

    private IRenderable RenderCell(Cell cell) => cell switch
    {
        TextCell { Emphasis: true } text => new Markup($"[bold]{Markup.Escape(text.Text)}[/]"),
        TextCell text => new Text(text.Text),
        BarCell bar => new Markup($"[{Color.SteelBlue1.ToMarkup()}]{TextBars.Bar(bar.Percent, bar.Scale, BarWidth)}[/]"),
        StackedBarCell stacked => StackedMarkup(stacked.Percents),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.GetType().Name, "Unknown cell."),
    };

    private Grid Charts(ChartBlock block)
    {
        var grid = new Grid();
        foreach (var unused in block.Charts)
        {
            grid.AddColumn(new GridColumn().PadRight(4));
        }

        var charts = block.Charts.Select(chart =>
        {
            var barChart = new BarChart()
                .Width(40)
                .Label($"[bold]{Markup.Escape(chart.Title)}[/]")
                .LeftAlignLabel()
                .WithMaxValue(Math.Max(1, block.Charts.SelectMany(c => c.Items).Max(i => i.Value)))
                .UseValueFormatter(value => format.Percent(value));
            foreach (ChartItem item in chart.Items)
            {
                barChart.AddItem(item.Label, item.Value, Color.SteelBlue1);
            }

            return (IRenderable)barChart;
        });
        grid.AddRow([.. charts]);
        return grid;
    }
}
