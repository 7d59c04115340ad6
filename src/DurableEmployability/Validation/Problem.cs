using System;
using System.Collections.Immutable;
using System.Globalization;
using DurableEmployability.Catalog;

namespace DurableEmployability.Validation;

/// <summary>
/// A problem found in input data: where (a JSON-style path, and for syntax errors the line and column), what (a
/// stable code from <see cref="ProblemCodes"/>), how serious, and the offending value.
/// </summary>
/// <param name="Path">The JSON-style path of the offending value, e.g. <c>participants[17].monitor3.opportunities.policy</c>; <c>$</c> for the whole document.</param>
/// <param name="Code">The rule that was broken, one of <see cref="ProblemCodes"/>.</param>
/// <param name="Severity">Error or warning.</param>
/// <remarks>
/// Bad data never throws: readers and validators return problems. Messages are rendered from the code and the
/// arguments for an explicitly given language (<see cref="Message(Language)"/>). Value equality. Immutable and
/// thread-safe.
/// </remarks>
/// <example>
/// <code>
/// foreach (Problem p in result.Problems)
///     Console.Error.WriteLine(p.ToString(Language.English));
/// // error participants[17].monitor3.opportunities.policy: rating-range: 6 is not a rating; ratings are integers 1…5.
/// </code>
/// </example>
public sealed record Problem(string Path, string Code, ProblemSeverity Severity)
{
    /// <summary>Gets the offending value as text (JSON as written where it came from JSON), or <see langword="null"/>.</summary>
    public string? Value { get; init; }

    /// <summary>Gets further arguments of the message (e.g. the valid codes, a limit), in the order the message uses them.</summary>
    public ValueArray<string> Arguments { get; init; }

    /// <summary>Gets the 1-based line of the problem in the input text, or <see langword="null"/> when not known.</summary>
    public long? Line { get; init; }

    /// <summary>Gets the 1-based column (in UTF-8 bytes, as System.Text.Json counts) of the problem, or <see langword="null"/>.</summary>
    public long? Column { get; init; }

    /// <summary>Gets a value indicating whether the problem is an error.</summary>
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>Renders the problem's message (without path) in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Message(Language language) => ProblemMessages.Render(this, language);

    /// <summary>Renders the problem as one line: severity, path, line and column where known, code and message.</summary>
    /// <param name="language">The language.</param>
    /// <returns>A line such as <c>error participants[3].id (line 12, column 9): id-duplicate: …</c>.</returns>
    public string ToString(Language language)
    {
        string severity = (Severity, language) switch
        {
            (ProblemSeverity.Warning, Language.Dutch) => "waarschuwing",
            (ProblemSeverity.Warning, _) => "warning",
            (_, Language.Dutch) => "fout",
            _ => "error",
        };
        string where = Line is { } line
            ? string.Format(CultureInfo.InvariantCulture, language == Language.Dutch ? " (regel {0}, kolom {1})" : " (line {0}, column {1})", line, Column ?? 0)
            : string.Empty;
        return $"{severity} {Path}{where}: {Code}: {Message(language)}";
    }

    /// <summary>Renders the problem in English, as <see cref="ToString(Language)"/>.</summary>
    /// <returns>The English line.</returns>
    public override string ToString() => ToString(Language.English);

    internal static Problem Error(string path, string code, string? value, params string[] arguments) =>
        new(path, code, ProblemSeverity.Error) { Value = value, Arguments = ImmutableArray.Create(arguments) };

    internal static Problem Warning(string path, string code, string? value, params string[] arguments) =>
        new(path, code, ProblemSeverity.Warning) { Value = value, Arguments = ImmutableArray.Create(arguments) };
}
