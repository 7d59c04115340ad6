using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Validation;

namespace DurableEmployability.Serialization;

/// <summary>Reads the report JSON of <c>report-format.md</c> (a single report, or a breakdown <c>{ "overall", "groups" }</c>).</summary>
/// <remarks>
/// <para>
/// Bad data never throws: the result carries problems with JSON paths (<c>tables.growth.rows[3].count</c>) and
/// codes from <see cref="ProblemCodes"/>. Unknown properties are ignored (later minor versions may add tables and
/// fields). Counts must be integers ≥ 0; percentages and means are taken as written, so writing a report that was
/// read gives the same bytes (<see cref="ReportJsonWriter"/>). The scale moments are not part of the JSON, so a report
/// read from JSON has <see cref="Report.OpportunityMoments"/> and <see cref="Report.ObstacleMoments"/>
/// <see langword="null"/>.
/// </para>
/// <para>
/// The optional extensions (<c>docs/analysis.md</c>): the <c>analysis</c> section and the per-row <c>ci</c> objects
/// are ignored (they are derived; recompute them with <c>ReportAnalysis.Compute</c>). A group report with
/// <c>"suppressed": true</c> is read as a report with <see cref="Report.IsSuppressed"/> set, its group and segment,
/// and empty tables (no counts were published); <c>"suppressed"</c> on a report without <c>group</c> is a problem,
/// as the overall report is never suppressed.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// ReportReadResult&lt;Report&gt; result = ReportJsonReader.Read(File.ReadAllBytes("report.json"));
/// if (!result.Success)
///     foreach (Problem problem in result.Problems) Console.WriteLine(problem.ToString(Language.English));
/// </code>
/// </example>
public static class ReportJsonReader
{
    /// <summary>Reads one report.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <returns>The report, or the problems that prevented reading it.</returns>
    public static ReportReadResult<Report> Read(ReadOnlySpan<byte> utf8Json) =>
        ReportJsonElementReader.Parse(utf8Json, static (r, root) => ReadReport(r, root, string.Empty));

    /// <summary>Reads one report.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report, or the problems that prevented reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReportReadResult<Report> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a breakdown report, <c>{ "overall": REPORT, "groups": [REPORT, …] }</c>.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <returns>The breakdown report, or the problems that prevented reading it.</returns>
    public static ReportReadResult<BreakdownReport> ReadBreakdown(ReadOnlySpan<byte> utf8Json) =>
        ReportJsonElementReader.Parse(utf8Json, static (r, root) =>
        {
            if (!r.IsObject(root, string.Empty))
            {
                return null;
            }

            Report? overall = r.Object(root, "overall", string.Empty) is { } o ? ReadReport(r, o, "overall") : null;
            ImmutableArray<Report> groups = r.Items(root, "groups", string.Empty, (e, path) => ReadReport(r, e, path));
            return overall is null ? null : new BreakdownReport(overall, groups);
        });

    /// <summary>Reads a breakdown report, <c>{ "overall": REPORT, "groups": [REPORT, …] }</c>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The breakdown report, or the problems that prevented reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReportReadResult<BreakdownReport> ReadBreakdown(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadBreakdown(Encoding.UTF8.GetBytes(json));
    }

    private static Report? ReadReport(ReportJsonElementReader r, JsonElement e, string path)
    {
        if (!r.IsObject(e, path))
        {
            return null;
        }

        string format = r.String(e, "format", path);
        if (format.Length > 0 && format != Report.FormatName)
        {
            r.Error(ReportJsonElementReader.Path(path, "format"), ProblemCodes.UnknownFormat, format, Report.FormatName);
        }

        if (r.Property(e, "version", path, JsonValueKind.Number, "number") is { } version
            && (!version.TryGetInt32(out int v) || v != Report.CurrentVersion))
        {
            r.Error(ReportJsonElementReader.Path(path, "version"), ProblemCodes.UnknownVersion, ReportJsonElementReader.Raw(version), Report.CurrentVersion.ToString(CultureInfo.InvariantCulture));
        }

        string segmentCode = r.String(e, "segment", path);
        Segment segment = Segment.Company;
        if (DiCatalog.Segments.TryGet(segmentCode, out SegmentCatalog? catalog))
        {
            segment = catalog.Segment;
        }
        else if (segmentCode.Length > 0)
        {
            r.Error(ReportJsonElementReader.Path(path, "segment"), ProblemCodes.JsonType, "\"" + segmentCode + "\"", "company | self-employed");
        }

        ReportGroup? group = null;
        if (e.TryGetProperty("group", out JsonElement g) && g.ValueKind != JsonValueKind.Null)
        {
            string groupPath = ReportJsonElementReader.Path(path, "group");
            if (r.IsObject(g, groupPath))
            {
                group = new ReportGroup(r.String(g, "by", groupPath), r.String(g, "key", groupPath));
            }
        }

        if (e.TryGetProperty("suppressed", out JsonElement suppressed) && suppressed.ValueKind != JsonValueKind.Null)
        {
            string suppressedPath = ReportJsonElementReader.Path(path, "suppressed");
            if (suppressed.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                r.Error(suppressedPath, ProblemCodes.JsonType, ReportJsonElementReader.Raw(suppressed), "boolean");
                return null;
            }

            if (suppressed.ValueKind == JsonValueKind.True)
            {
                if (group is null)
                {
                    r.Error(suppressedPath, ProblemCodes.JsonType, "true", "false (the overall report is never suppressed)");
                }

                return r.HasErrors || group is null ? null : Suppressed(segment, group);
            }
        }

        long participants = r.Count(e, "participants", path);
        long incomplete = r.Object(e, "excluded", path) is { } excluded ? r.Count(excluded, "incomplete", ReportJsonElementReader.Path(path, "excluded")) : 0;
        ReportTables? tables = r.Object(e, "tables", path) is { } t ? ReadTables(r, t, ReportJsonElementReader.Path(path, "tables")) : null;
        return r.HasErrors || tables is null ? null : new Report(segment, group, participants, incomplete, tables);
    }

    private static Report Suppressed(Segment segment, ReportGroup group) =>
        new ReportAccumulator(new ReportOptions(segment) { Group = group }).ToReport() with
        {
            OpportunityMoments = null,
            ObstacleMoments = null,
            IsSuppressed = true,
        };

    private static ReportTables? ReadTables(ReportJsonElementReader r, JsonElement t, string path)
    {
        TypologyTable? start = Sub(r, t, "typologyStart", path, ReadTypology);
        TypologyTable? end = Sub(r, t, "typologyEnd", path, ReadTypology);
        TransitionTable? transitions = Sub(r, t, "typologyTransitions", path, static (r, e, p) => new TransitionTable(
            r.Count(e, "n", p),
            r.Items(e, "cells", p, (c, cp) => r.IsObject(c, cp) ? new TransitionCell(r.String(c, "from", cp), r.String(c, "to", cp), r.Count(c, "count", cp)) : null)));
        GrowthTable? growth = Sub(r, t, "growth", path, static (r, e, p) => new GrowthTable(
            r.Count(e, "n", p),
            r.NullableNumber(e, "mean", p),
            Rows(r, e, p),
            Share(r, e, "declined", p),
            Share(r, e, "stable", p),
            Share(r, e, "grew", p)));
        AspectTable? aspects = Sub(r, t, "aspects", path, static (r, e, p) => new AspectTable(r.Count(e, "n", p), Rows(r, e, p)));
        StatementTable? opportunities = Sub(r, t, "opportunities", path, ReadStatements);
        StatementTable? obstacles = Sub(r, t, "obstacles", path, ReadStatements);
        ContinuationTable? continuation = Sub(r, t, "continuation", path, static (r, e, p) => new ContinuationTable(
            r.Count(e, "n", p),
            YesNo(r, e, "continues", p),
            r.Object(e, "form", p) is { } f
                ? new ContinuationFormCounts(r.Count(f, "continue", p + ".form"), r.Count(f, "new-activities", p + ".form"), r.Count(f, "unanswered", p + ".form"))
                : new ContinuationFormCounts(0, 0, 0),
            YesNo(r, e, "supportWanted", p)));
        ActionFollowUpTable? actions = Sub(r, t, "actionFollowUp", path, static (r, e, p) => new ActionFollowUpTable(
            r.Items(e, "aspects", p, (a, ap) => r.IsObject(a, ap)
                ? new AspectFollowUp(
                    r.String(a, "key", ap),
                    r.Object(a, "total", ap) is { } total ? FollowUp(r, total, ap + ".total") : new FollowUpCounts(0, 0, 0),
                    r.Items(a, "rows", ap, (row, rp) => r.IsObject(row, rp) ? new FollowUpRow(r.String(row, "key", rp), FollowUp(r, row, rp)) : null))
                : null)));
        SatisfactionTable? satisfaction = Sub(r, t, "satisfaction", path, static (r, e, p) => new SatisfactionTable(r.Count(e, "n", p), r.Count(e, "unanswered", p), Rows(r, e, p)));
        GradeTable? grades = Sub(r, t, "grades", path, static (r, e, p) => new GradeTable(r.Count(e, "n", p), r.Count(e, "unanswered", p), r.NullableNumber(e, "mean", p), Rows(r, e, p)));
        ApproachTable? approach = Sub(r, t, "approach", path, static (r, e, p) => new ApproachTable(
            r.Count(e, "n", p),
            Sub(r, e, "diagnosis", p, ReadApproachField) ?? EmptyField,
            Sub(r, e, "presentation", p, ReadApproachField) ?? EmptyField,
            Sub(r, e, "execution", p, ReadApproachField) ?? EmptyField));
        ProfileTable? profile = Sub(r, t, "profile", path, ReadProfile);

        if (start is null || end is null || transitions is null || growth is null || aspects is null || opportunities is null
            || obstacles is null || continuation is null || actions is null || satisfaction is null || grades is null
            || approach is null || profile is null)
        {
            return null;
        }

        return new ReportTables(start, end, transitions, growth, aspects, opportunities, obstacles, continuation, actions, satisfaction, grades, approach, profile);
    }

    private static ApproachFieldTable EmptyField => new(0, default, default);

    private static T? Sub<T>(ReportJsonElementReader r, JsonElement parent, string name, string path, Func<ReportJsonElementReader, JsonElement, string, T> read)
        where T : class =>
        r.Object(parent, name, path) is { } e ? read(r, e, ReportJsonElementReader.Path(path, name)) : null;

    private static TypologyTable ReadTypology(ReportJsonElementReader r, JsonElement e, string p) =>
        new(r.Count(e, "n", p), r.NullableNumber(e, "mean", p), Rows(r, e, p));

    private static ValueArray<CountRow> Rows(ReportJsonElementReader r, JsonElement e, string p) =>
        r.Items(e, "rows", p, (row, rp) => r.IsObject(row, rp) ? new CountRow(r.String(row, "key", rp), r.Count(row, "count", rp), r.Number(row, "percent", rp)) : null);

    private static CountShare Share(ReportJsonElementReader r, JsonElement e, string name, string p)
    {
        string at = ReportJsonElementReader.Path(p, name);
        return r.Object(e, name, p) is { } s ? new CountShare(r.Count(s, "count", at), r.Number(s, "percent", at)) : new CountShare(0, 0);
    }

    private static YesNoCounts YesNo(ReportJsonElementReader r, JsonElement e, string name, string p)
    {
        string at = ReportJsonElementReader.Path(p, name);
        return r.Object(e, name, p) is { } s ? new YesNoCounts(r.Count(s, "yes", at), r.Count(s, "no", at), r.Count(s, "unanswered", at)) : new YesNoCounts(0, 0, 0);
    }

    private static FollowUpCounts FollowUp(ReportJsonElementReader r, JsonElement e, string p)
    {
        var counts = new FollowUpCounts(r.Count(e, "yes", p), r.Count(e, "maybe", p), r.Count(e, "no", p));
        long n = r.Count(e, "n", p);
        if (n != counts.N)
        {
            r.Error(ReportJsonElementReader.Path(p, "n"), ProblemCodes.JsonType, n.ToString(CultureInfo.InvariantCulture), "yes + maybe + no");
        }

        return counts;
    }

    private static StatementTable ReadStatements(ReportJsonElementReader r, JsonElement e, string p) => new(
        r.Items(e, "items", p, (item, ip) =>
        {
            if (!r.IsObject(item, ip))
            {
                return null;
            }

            ImmutableArray<long> counts = [];
            if (r.Array(item, "counts", ip) is { } array)
            {
                string cp = ReportJsonElementReader.Path(ip, "counts");
                var builder = ImmutableArray.CreateBuilder<long>();
                int i = 0;
                foreach (JsonElement count in array.EnumerateArray())
                {
                    builder.Add(r.Count(count, ReportJsonElementReader.Index(cp, i++)));
                }

                if (builder.Count != 5)
                {
                    r.Error(cp, ProblemCodes.JsonType, ReportJsonElementReader.Raw(array), "array of 5 counts");
                }

                counts = builder.ToImmutable();
            }

            return new StatementItem(
                r.String(item, "key", ip),
                r.Count(item, "n", ip),
                r.Count(item, "missing", ip),
                counts,
                r.NullableNumber(item, "mean", ip),
                r.NullableNumber(item, "sd", ip),
                r.NullableNumber(item, "median", ip),
                r.Number(item, "topBox", ip),
                r.Number(item, "bottomBox", ip));
        }));

    private static ValueArray<KeyCount> KeyCounts(ReportJsonElementReader r, JsonElement e, string name, string p) =>
        r.Items(e, name, p, (row, rp) => r.IsObject(row, rp) ? new KeyCount(r.String(row, "key", rp), r.Count(row, "count", rp)) : null);

    private static ApproachFieldTable ReadApproachField(ReportJsonElementReader r, JsonElement e, string p) => new(
        r.Count(e, "unanswered", p),
        KeyCounts(r, e, "options", p),
        r.Items(e, "combinations", p, (c, cp) =>
        {
            if (!r.IsObject(c, cp))
            {
                return null;
            }

            ImmutableArray<string> keys = r.Items(c, "keys", cp, (k, kp) =>
            {
                if (k.ValueKind == JsonValueKind.String)
                {
                    return k.GetString();
                }

                r.Error(kp, ProblemCodes.JsonType, ReportJsonElementReader.Raw(k), "string");
                return null;
            });
            return new ApproachCombination(keys, r.Count(c, "count", cp));
        }));

    private static ProfileDistribution Distribution(ReportJsonElementReader r, JsonElement e, string p) =>
        new(r.Count(e, "unanswered", p), KeyCounts(r, e, "rows", p));

    private static ProfileTable ReadProfile(ReportJsonElementReader r, JsonElement e, string p)
    {
        long n = r.Count(e, "n", p);
        ProfileDistribution sizeClasses = Sub(r, e, "sizeClasses", p, Distribution) ?? new ProfileDistribution(0, default);
        ProfileDistribution? permanent = null, men = null;
        ImmutableArray<ProfileGroupDistribution> ages = [], levels = [];
        if (e.TryGetProperty("permanentContracts", out _))
        {
            permanent = Sub(r, e, "permanentContracts", p, Distribution);
            men = Sub(r, e, "men", p, Distribution);
            ages = r.Items(e, "ageGroups", p, (g, gp) => GroupDistribution(r, g, gp));
            levels = r.Items(e, "educationLevels", p, (g, gp) => GroupDistribution(r, g, gp));
        }

        ProfileDistribution sectors = Sub(r, e, "sectors", p, Distribution) ?? new ProfileDistribution(0, default);
        return new ProfileTable(n, sizeClasses, permanent, men, ages, levels, sectors);
    }

    private static ProfileGroupDistribution? GroupDistribution(ReportJsonElementReader r, JsonElement g, string gp) =>
        r.IsObject(g, gp) ? new ProfileGroupDistribution(r.String(g, "key", gp), r.Count(g, "unanswered", gp), KeyCounts(r, g, "rows", gp)) : null;
}
