using System.Collections.Immutable;

namespace DurableEmployability.ReportConsole.Document;

/// <summary>Collects the rows of a table under construction.</summary>
/// <remarks>Mutable; not thread-safe.</remarks>
internal sealed class TableRows
{
    private readonly ImmutableArray<ImmutableArray<Cell>>.Builder rows = ImmutableArray.CreateBuilder<ImmutableArray<Cell>>();

    /// <summary>Adds a row.</summary>
    /// <param name="cells">The cells, one per column.</param>
    public void Add(params Cell[] cells) => rows.Add([.. cells]);

    /// <summary>Builds the table.</summary>
    /// <param name="title">The title.</param>
    /// <param name="columns">The columns.</param>
    /// <returns>The table block.</returns>
    public TableBlock ToTable(string title, params TableColumn[] columns) => new(title, [.. columns], rows.ToImmutable());
}
