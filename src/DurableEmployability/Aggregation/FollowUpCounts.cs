namespace DurableEmployability.Aggregation;

/// <summary>Counts of actions by their follow-up (<c>yes</c>, <c>maybe</c>, <c>no</c>).</summary>
/// <param name="Yes">Actions that will be continued.</param>
/// <param name="Maybe">Actions that may be continued.</param>
/// <param name="No">Actions that will not be continued.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record FollowUpCounts(long Yes, long Maybe, long No)
{
    /// <summary>Gets the number of actions, the base of the row's percentages.</summary>
    public long N => Yes + Maybe + No;

    /// <summary>Returns the percentage of one follow-up value of <see cref="N"/>, unrounded (0 when <see cref="N"/> is 0).</summary>
    /// <param name="value">The follow-up value.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public double Percent(Catalog.FollowUp value) => value switch
    {
        Catalog.FollowUp.Yes => ReportMath.Percent(Yes, N),
        Catalog.FollowUp.Maybe => ReportMath.Percent(Maybe, N),
        Catalog.FollowUp.No => ReportMath.Percent(No, N),
        _ => throw new System.ArgumentOutOfRangeException(nameof(value), value, "Expected Yes, Maybe or No."),
    };
}
