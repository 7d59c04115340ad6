namespace DurableEmployability.Aggregation;

/// <summary>All tables of a report, in the order of the report format.</summary>
/// <param name="TypologyStart">The typology at monitor 1.</param>
/// <param name="TypologyEnd">The typology at monitor 3.</param>
/// <param name="TypologyTransitions">The 7 × 7 transition matrix.</param>
/// <param name="Growth">The growth distribution.</param>
/// <param name="Aspects">The aspects worked on.</param>
/// <param name="Opportunities">The opportunity statements.</param>
/// <param name="Obstacles">The obstacle statements.</param>
/// <param name="Continuation">Continuation.</param>
/// <param name="ActionFollowUp">The follow-up of actions per aspect and indicator.</param>
/// <param name="Satisfaction">The quality categories.</param>
/// <param name="Grades">The grades.</param>
/// <param name="Approach">The advisory approach.</param>
/// <param name="Profile">The participant profile.</param>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed record ReportTables(
    TypologyTable TypologyStart,
    TypologyTable TypologyEnd,
    TransitionTable TypologyTransitions,
    GrowthTable Growth,
    AspectTable Aspects,
    StatementTable Opportunities,
    StatementTable Obstacles,
    ContinuationTable Continuation,
    ActionFollowUpTable ActionFollowUp,
    SatisfactionTable Satisfaction,
    GradeTable Grades,
    ApproachTable Approach,
    ProfileTable Profile);
