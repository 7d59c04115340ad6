namespace DurableEmployability.Catalog;

/// <summary>How a continuing participant continues (Table 16). Codes: <c>continue</c>, <c>new-activities</c>.</summary>
/// <remarks>The default value (0) is not a form.</remarks>
public enum ContinuationForm
{
    /// <summary>Continue what was started (<c>continue</c>, "doorgaan").</summary>
    Continue = 1,

    /// <summary>Start new activities (<c>new-activities</c>, "nieuwe activiteiten").</summary>
    NewActivities = 2,
}
