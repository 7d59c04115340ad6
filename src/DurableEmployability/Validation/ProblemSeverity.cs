namespace DurableEmployability.Validation;

/// <summary>How serious a problem in the input is.</summary>
public enum ProblemSeverity
{
    /// <summary>The input is invalid: the value is not used (a participant with an error is left out).</summary>
    Error = 1,

    /// <summary>The input is valid but suspicious; the value is used as the rules say.</summary>
    Warning = 2,
}
