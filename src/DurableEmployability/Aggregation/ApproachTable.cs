namespace DurableEmployability.Aggregation;

/// <summary>The advisory approach at monitor 1: diagnosis, presentation and execution.</summary>
/// <param name="N">The number of complete participants (the percent base of options and combinations).</param>
/// <param name="Diagnosis">The diagnosis field.</param>
/// <param name="Presentation">The presentation field.</param>
/// <param name="Execution">The execution field.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record ApproachTable(long N, ApproachFieldTable Diagnosis, ApproachFieldTable Presentation, ApproachFieldTable Execution);
