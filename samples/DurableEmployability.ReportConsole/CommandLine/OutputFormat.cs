namespace DurableEmployability.ReportConsole.CommandLine;

/// <summary>The output format of a report.</summary>
internal enum OutputFormat
{
    /// <summary>Tables and bar charts for a terminal.</summary>
    Text = 1,

    /// <summary>Markdown tables, with the charts as text bars.</summary>
    Markdown = 2,

    /// <summary>The report JSON of report-format.md.</summary>
    Json = 3,
}
