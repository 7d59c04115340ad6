using System.Collections.Generic;
using System.Globalization;
using DurableEmployability.Validation;

namespace DurableEmployability.Serialization;

/// <summary>Collects problems up to a limit, counting all errors and warnings (also those beyond the limit).</summary>
internal sealed class ProblemSink
{
    private readonly List<Problem> problems = [];
    private readonly int max;

    internal ProblemSink(int max) => this.max = max;

    internal IReadOnlyList<Problem> Problems => problems;

    internal long ErrorCount { get; private set; }

    internal long WarningCount { get; private set; }

    internal bool LimitReached { get; private set; }

    internal void Add(Problem problem)
    {
        if (problem.IsError)
        {
            ErrorCount++;
        }
        else
        {
            WarningCount++;
        }

        if (problems.Count < max)
        {
            problems.Add(problem);
        }
        else if (!LimitReached)
        {
            LimitReached = true;
            problems.Add(Problem.Error("$", ProblemCodes.ProblemLimit, null, max.ToString(CultureInfo.InvariantCulture)));
        }
    }

    internal void Error(string path, string code, string? value, params string[] arguments) => Add(Problem.Error(path, code, value, arguments));

    internal void Warning(string path, string code, string? value, params string[] arguments) => Add(Problem.Warning(path, code, value, arguments));

    internal Problem[] ToArray() => [.. problems];
}
