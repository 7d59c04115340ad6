namespace DurableEmployability.Catalog;

/// <summary>The likelihood, judged at monitor 3, that an action is continued (Tables 17–21). Codes: <c>yes</c>, <c>maybe</c>, <c>no</c>.</summary>
/// <remarks>The default value (0) is not a follow-up.</remarks>
public enum FollowUp
{
    /// <summary>The action is continued (<c>yes</c>, "ja").</summary>
    Yes = 1,

    /// <summary>The action may be continued (<c>maybe</c>, "misschien").</summary>
    Maybe = 2,

    /// <summary>The action is not continued (<c>no</c>, "nee").</summary>
    No = 3,
}
