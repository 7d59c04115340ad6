namespace DurableEmployability.Aggregation;

/// <summary>Counts of a yes/no question with its unanswered count.</summary>
/// <param name="Yes">The number of yes answers.</param>
/// <param name="No">The number of no answers.</param>
/// <param name="Unanswered">The number without an answer.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record YesNoCounts(long Yes, long No, long Unanswered)
{
    /// <summary>Gets the total, <see cref="Yes"/> + <see cref="No"/> + <see cref="Unanswered"/>.</summary>
    public long Total => Yes + No + Unanswered;
}
