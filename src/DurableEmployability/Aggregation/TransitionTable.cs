namespace DurableEmployability.Aggregation;

/// <summary>The 7 × 7 typology transition matrix (start step × end step).</summary>
/// <param name="N">The number of complete participants (the sum of all cells).</param>
/// <param name="Cells">All 49 cells, from-major in typology order, zeros included.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record TransitionTable(long N, ValueArray<TransitionCell> Cells)
{
    /// <summary>Returns the count of one cell.</summary>
    /// <param name="from">The start step index 0…6.</param>
    /// <param name="to">The end step index 0…6.</param>
    /// <returns>The count.</returns>
    /// <exception cref="System.IndexOutOfRangeException">An index is out of range, or the table is not 7 × 7.</exception>
    public long Count(int from, int to) => Cells[(from * 7) + to].Count;
}
