namespace DurableEmployability.ReportConsole.Document;

/// <summary>One cell of a table: text, a bar, or a stacked bar.</summary>
internal abstract record Cell
{
    /// <summary>Converts text to a text cell.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator Cell(string text) => new TextCell(text);
}
