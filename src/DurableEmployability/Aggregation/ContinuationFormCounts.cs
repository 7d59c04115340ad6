namespace DurableEmployability.Aggregation;

/// <summary>Counts of the continuation form among continuing participants.</summary>
/// <param name="Continue">The number who continue what was started.</param>
/// <param name="NewActivities">The number who start new activities.</param>
/// <param name="Unanswered">The number of continuing participants without a form.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record ContinuationFormCounts(long Continue, long NewActivities, long Unanswered)
{
    /// <summary>Gets the total, which equals the number of continuing participants.</summary>
    public long Total => Continue + NewActivities + Unanswered;
}
