namespace DurableEmployability.Generation;

/// <summary>One template participant in compact form.</summary>
/// <param name="Record">The index of its record in <see cref="CompactTemplates.Records"/>.</param>
/// <param name="ActionStart">The index of its first action code.</param>
/// <param name="ActionCount">The number of its action codes.</param>
/// <param name="Headcount">Its headcount as given.</param>
/// <param name="RatedOpportunities">The number of opportunity statements it rated.</param>
/// <param name="OpportunityOrders">The orders of the rated opportunity statements when they count (same segment and scale); else empty.</param>
internal readonly record struct CompactTemplate(int Record, int ActionStart, int ActionCount, int? Headcount, int RatedOpportunities, int[] OpportunityOrders);
