using System;
using System.Globalization;
using System.Linq;
using DurableEmployability.Catalog;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace DurableEmployability.Validation;

/// <summary>Helpers shared by the validators: rule options for a problem code and the mapping of failures to <see cref="Problem"/>s.</summary>
internal static class ValidationRules
{
    /// <summary>Sets the error code (also as message, so that FluentValidation never looks up a culture) and the JSON property name.</summary>
    internal static IRuleBuilderOptions<T, TProperty> Problem<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string code, string jsonName) =>
        rule.WithErrorCode(code).WithMessage(code).OverridePropertyName(jsonName);

    /// <summary>Marks a rule as a warning.</summary>
    internal static IRuleBuilderOptions<T, TProperty> AsWarning<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule) =>
        rule.WithSeverity(Severity.Warning);

    /// <summary>Sets fixed message arguments.</summary>
    internal static IRuleBuilderOptions<T, TProperty> Arguments<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, params string[] arguments) =>
        rule.WithState(_ => arguments);

    internal static bool IsSegment(Segment segment) => segment is Segment.Company or Segment.SelfEmployed;

    internal static string SegmentCode(Segment segment) => IsSegment(segment) ? SegmentCatalog.For(segment).Code : ((int)segment).ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns whether a date can be written as <c>yyyy-MM-dd</c> (ISO calendar, years 1…9999).</summary>
    internal static bool IsWritableDate(LocalDate date) => date.Year is >= 1 and <= 9999 && date.Calendar == CalendarSystem.Iso;

    internal static string Date(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Renders a value as JSON-like text for a problem: strings and codes quoted (a string of more than 200 characters
    /// cut with "…"), catalogue values (enums, entries, actions) as their codes, numbers and dates invariant.
    /// </summary>
    internal static string? FormatValue(object? value) => value switch
    {
        null => null,
        string s => "\"" + (s.Length > 200 ? string.Concat(s.AsSpan(0, 200), "…") : s) + "\"",
        LocalDate d => "\"" + Date(d) + "\"",
        ICatalogEntry e => "\"" + e.Code + "\"",
        Trajectories.ImprovementAction { Indicator: { } indicator } => "\"" + indicator.Code + "\"",
        bool b => b ? "true" : "false",
        Trajectories.AspectSet a => "[" + string.Join(", ", a.Aspects.Select(x => "\"" + x.Code + "\"")) + "]",
        Trajectories.ApproachSelection a => "[" + string.Join(", ", a.Options.Select(x => "\"" + x.Code + "\"")) + "]",
        Trajectories.StatementRatings r => "{" + string.Join(", ", r.Ratings.Select(x => "\"" + x.Key.Code + "\": " + x.Value.Value.ToString(CultureInfo.InvariantCulture))) + "}",
        Trajectories.BandMap<AgeGroup> m => Bands(DiCatalog.AgeGroups, m.Get),
        Trajectories.BandMap<EducationLevel> m => Bands(DiCatalog.EducationLevels, m.Get),
        Segment s => IsSegment(s) ? "\"" + SegmentCatalog.For(s).Code + "\"" : ((int)s).ToString(CultureInfo.InvariantCulture),
        ContinuationForm f when Enum.IsDefined(f) => "\"" + DiCatalog.Describe(f).Code + "\"",
        FollowUp f when Enum.IsDefined(f) => "\"" + DiCatalog.Describe(f).Code + "\"",
        ShareBand b when Enum.IsDefined(b) => "\"" + DiCatalog.Describe(b).Code + "\"",
        Scales.SatisfactionCategory c when Enum.IsDefined(c) => "\"" + DiCatalog.Describe(c).Code + "\"",
        Enum e => ((IConvertible)e).ToInt32(CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Bands<TGroup>(CatalogList<CatalogChoice<TGroup>> groups, Func<TGroup, ShareBand?> get)
        where TGroup : struct, Enum =>
        "{" + string.Join(", ", groups.Where(g => get(g.Value) is not null).Select(g => "\"" + g.Code + "\": \"" + DiCatalog.Describe(get(g.Value)!.Value).Code + "\"")) + "}";

    /// <summary>Adds the failures of a FluentValidation result to a list of problems, with paths under <paramref name="prefix"/>.</summary>
    internal static void AddProblems(ValidationResult result, string prefix, Action<Problem> add)
    {
        foreach (ValidationFailure failure in result.Errors)
        {
            add(ToProblem(failure, prefix));
        }
    }

    internal static Problem ToProblem(ValidationFailure failure, string prefix)
    {
        string name = failure.PropertyName ?? string.Empty;
        string path = prefix.Length == 0 || prefix == "$"
            ? (name.Length == 0 ? "$" : name)
            : name.Length == 0 ? prefix : name[0] == '[' ? prefix + name : prefix + "." + name;
        var severity = failure.Severity == Severity.Error ? ProblemSeverity.Error : ProblemSeverity.Warning;
        string[] arguments = failure.CustomState as string[] ?? [];
        return new Problem(path, failure.ErrorCode, severity)
        {
            Value = FormatValue(failure.AttemptedValue),
            Arguments = System.Collections.Immutable.ImmutableArray.Create(arguments),
        };
    }
}
