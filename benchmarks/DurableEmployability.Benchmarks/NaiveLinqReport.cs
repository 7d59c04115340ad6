using System;
using System.Collections.Generic;
using System.Linq;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Benchmarks;

/// <summary>
/// The baseline a typical .NET developer writes: one LINQ <c>GroupBy</c> with <c>Count</c> (and <c>Average</c> where the
/// report has a mean) per table, over the rich records, for the overall report and per partner.
/// </summary>
public static class NaiveLinqReport
{
    /// <summary>Computes every table overall and per partner.</summary>
    /// <param name="participants">The participants.</param>
    /// <returns>The tables, keyed by group ("" for overall), then table name, then row key.</returns>
    public static Dictionary<string, Dictionary<string, Dictionary<string, double>>> Build(IEnumerable<Participant> participants)
    {
        var complete = participants.Where(p => p.Segment == Segment.Company && p.IsComplete).ToList();
        var result = new Dictionary<string, Dictionary<string, Dictionary<string, double>>>(StringComparer.Ordinal)
        {
            [string.Empty] = Tables(complete),
        };
        foreach (var partner in complete.GroupBy(p => p.Partner))
        {
            result[partner.Key] = Tables(partner.ToList());
        }

        return result;
    }

    private static Dictionary<string, double> Counts<TKey>(IEnumerable<TKey> keys) =>
        keys.GroupBy(k => k?.ToString() ?? "(none)").ToDictionary(g => g.Key, g => (double)g.Count());

    private static Dictionary<string, Dictionary<string, double>> Tables(List<Participant> complete)
    {
        var tables = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal)
        {
            ["typologyStart"] = Counts(complete.Select(p => p.Monitor1!.Typology.Code)),
            ["typologyEnd"] = Counts(complete.Select(p => p.Monitor3!.Typology.Code)),
            ["transitions"] = Counts(complete.Select(p => p.Monitor1!.Typology.Code + ">" + p.Monitor3!.Typology.Code)),
            ["growth"] = Counts(complete.Select(p => p.Growth!.Value.Value)),
            ["aspects"] = Counts(complete.SelectMany(p => p.Monitor3!.Aspects.Aspects).Select(a => a.Code)),
            ["continues"] = Counts(complete.Select(p => p.Monitor3!.Continuation?.Continues)),
            ["form"] = Counts(complete.Where(p => p.Monitor3!.Continuation?.Continues == true).Select(p => p.Monitor3!.Continuation!.Form)),
            ["support"] = Counts(complete.Where(p => p.Monitor3!.Continuation?.Continues == true).Select(p => p.Monitor3!.Continuation!.SupportWanted)),
            ["actions"] = Counts(complete.SelectMany(p => p.Monitor3!.Actions).Select(a => a.Indicator.Code + "/" + a.FollowUp)),
            ["satisfaction"] = Counts(complete.Select(p => p.Monitor3!.Satisfaction)),
            ["grades"] = Counts(complete.Select(p => p.Monitor3!.Grade?.Value)),
            ["diagnosis"] = Counts(complete.Select(p => string.Join("+", p.Monitor1!.Diagnosis.Options.Select(o => o.Code)))),
            ["presentation"] = Counts(complete.Select(p => string.Join("+", p.Monitor1!.Presentation.Options.Select(o => o.Code)))),
            ["execution"] = Counts(complete.Select(p => string.Join("+", p.Monitor1!.Execution.Options.Select(o => o.Code)))),
            ["sizeClasses"] = Counts(complete.Select(p => p.Registration!.Headcount is { } h and >= 1 ? SizeClassScheme.Default.Keys[SizeClassScheme.Default.ClassOf(h)] : null)),
            ["permanentContracts"] = Counts(complete.Select(p => p.Registration!.PermanentContracts)),
            ["men"] = Counts(complete.Select(p => p.Registration!.Men)),
            ["sectors"] = Counts(complete.Select(p => p.Registration!.Sector)),
        };
        foreach (AgeGroup group in Enum.GetValues<AgeGroup>())
        {
            tables["ageGroups/" + group] = Counts(complete.Select(p => p.Registration!.AgeGroups.Get(group)));
        }

        foreach (EducationLevel level in Enum.GetValues<EducationLevel>())
        {
            tables["educationLevels/" + level] = Counts(complete.Select(p => p.Registration!.EducationLevels.Get(level)));
        }

        foreach (Statement statement in DiCatalog.Company.Opportunities.Concat(DiCatalog.Company.Obstacles))
        {
            var ratings = complete.Select(p => (statement.Scale == StatementScale.Opportunity ? p.Monitor3!.Opportunities : p.Monitor3!.Obstacles).Get(statement)?.Value).ToList();
            Dictionary<string, double> table = Counts(ratings);
            var given = ratings.Where(r => r is not null).ToList();
            table["mean"] = given.Count == 0 ? double.NaN : given.Average(r => (double)r!.Value);
            tables["statement/" + statement.Code] = table;
        }

        tables["means"] = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["typologyStart"] = complete.Count == 0 ? double.NaN : complete.Average(p => p.Monitor1!.Typology.Score),
            ["typologyEnd"] = complete.Count == 0 ? double.NaN : complete.Average(p => p.Monitor3!.Typology.Score),
            ["growth"] = complete.Count == 0 ? double.NaN : complete.Average(p => p.Growth!.Value.Value),
            ["grade"] = complete.Where(p => p.Monitor3!.Grade is not null).Select(p => (double)p.Monitor3!.Grade!.Value.Value).DefaultIfEmpty(double.NaN).Average(),
        };
        return tables;
    }
}
