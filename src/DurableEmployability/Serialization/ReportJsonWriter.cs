using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DurableEmployability.Aggregation;
using DurableEmployability.Analysis;
using DurableEmployability.Catalog;

namespace DurableEmployability.Serialization;

/// <summary>Writes reports as the report JSON of <c>report-format.md</c> (format <c>durable-employability/report</c>, version 1).</summary>
/// <remarks>
/// <para>
/// Property names and nesting follow the format exactly. Percentages and means are written unrounded, in the
/// shortest form that reads back to the same <see cref="double"/>; an undefined statistic is <c>null</c>. The output
/// is deterministic (the same report gives the same bytes) and independent of the current culture. An overall report
/// has no <c>group</c> property; a group report has <c>"group": { "by": …, "key": … }</c>. The scale moments are not
/// part of the format and are not written.
/// </para>
/// <para>
/// Opt-in extensions (<see cref="ReportJsonOptions"/>; see <c>docs/analysis.md</c>): with
/// <see cref="ReportJsonOptions.IncludeAnalysis"/> every report gets an <c>analysis</c> object after <c>tables</c>
/// (<see cref="ReportAnalysis"/>) and every row with a <c>percent</c> a Wilson <c>"ci": { "low", "high" }</c> in
/// percent (<c>null</c> when the base is 0). With <see cref="ReportJsonOptions.MinGroupSize"/> N, a group report of
/// fewer than N participants, and any report with <see cref="Report.IsSuppressed"/>, is written as
/// <c>format</c>, <c>version</c>, <c>segment</c>, <c>group</c> and <c>"suppressed": true</c> only; the overall
/// report (no <c>group</c>) is never suppressed. Without these options the output is exactly the version 1 format.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// string json = ReportJsonWriter.ToJsonString(report);
/// byte[] breakdown = ReportJsonWriter.ToUtf8Bytes(breakdownReport, new ReportJsonOptions { Indented = false });
/// </code>
/// </example>
public static class ReportJsonWriter
{
    /// <summary>Writes a report as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The content options, or <see langword="null"/> for <see cref="ReportJsonOptions.Default"/>; the layout (indentation) is the writer's own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, Report report, ReportJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        WriteReport(writer, report, options ?? ReportJsonOptions.Default, report.Group is null);
    }

    /// <summary>Writes a breakdown report as <c>{ "overall": REPORT, "groups": [REPORT, …] }</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="breakdown">The breakdown report.</param>
    /// <param name="options">The content options, or <see langword="null"/> for <see cref="ReportJsonOptions.Default"/>; the layout (indentation) is the writer's own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="breakdown"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, BreakdownReport breakdown, ReportJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(breakdown);
        ReportJsonOptions content = options ?? ReportJsonOptions.Default;
        writer.WriteStartObject();
        writer.WritePropertyName("overall");
        WriteReport(writer, breakdown.Overall, content, isOverall: true);
        writer.WriteStartArray("groups");
        foreach (Report group in breakdown.Groups)
        {
            WriteReport(writer, group, content, isOverall: false);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Returns a report as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ReportJsonOptions.Default"/>.</param>
    /// <returns>The JSON bytes (no byte order mark).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static byte[] ToUtf8Bytes(Report report, ReportJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Render(options, w => Write(w, report, options));
    }

    /// <summary>Returns a breakdown report as UTF-8 JSON.</summary>
    /// <param name="breakdown">The breakdown report.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ReportJsonOptions.Default"/>.</param>
    /// <returns>The JSON bytes (no byte order mark).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="breakdown"/> is <see langword="null"/>.</exception>
    public static byte[] ToUtf8Bytes(BreakdownReport breakdown, ReportJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        return Render(options, w => Write(w, breakdown, options));
    }

    /// <summary>Returns a report as a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ReportJsonOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToJsonString(Report report, ReportJsonOptions? options = null) => Encoding.UTF8.GetString(ToUtf8Bytes(report, options));

    /// <summary>Returns a breakdown report as a JSON string.</summary>
    /// <param name="breakdown">The breakdown report.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ReportJsonOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="breakdown"/> is <see langword="null"/>.</exception>
    public static string ToJsonString(BreakdownReport breakdown, ReportJsonOptions? options = null) => Encoding.UTF8.GetString(ToUtf8Bytes(breakdown, options));

    internal static JsonWriterOptions WriterOptions(ReportJsonOptions? options) => new()
    {
        Indented = (options ?? ReportJsonOptions.Default).Indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    private static byte[] Render(ReportJsonOptions? options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options)))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Returns whether a report is written suppressed: marked so, or a group report below the minimum group size; never the overall report.</summary>
    internal static bool IsSuppressed(Report report, ReportJsonOptions options, bool isOverall) =>
        !isOverall && (report.IsSuppressed || SmallCellProtection.ShouldSuppress(report.Participants, options.MinGroupSize ?? 0));

    private static void WriteReport(Utf8JsonWriter w, Report report, ReportJsonOptions options, bool isOverall)
    {
        double? level = options.IncludeAnalysis ? options.ConfidenceLevel : null;
        w.WriteStartObject();
        w.WriteString("format", Report.FormatName);
        w.WriteNumber("version", Report.CurrentVersion);
        w.WriteString("segment", DiCatalog.For(report.Segment).Code);
        if (report.Group is { } group)
        {
            w.WriteStartObject("group");
            w.WriteString("by", group.By);
            w.WriteString("key", group.Key);
            w.WriteEndObject();
        }

        if (IsSuppressed(report, options, isOverall))
        {
            w.WriteBoolean("suppressed", true);
            w.WriteEndObject();
            return;
        }

        w.WriteNumber("participants", report.Participants);
        w.WriteStartObject("excluded");
        w.WriteNumber("incomplete", report.ExcludedIncomplete);
        w.WriteEndObject();

        ReportTables t = report.Tables;
        w.WriteStartObject("tables");
        Typology(w, "typologyStart", t.TypologyStart, level);
        Typology(w, "typologyEnd", t.TypologyEnd, level);

        w.WriteStartObject("typologyTransitions");
        w.WriteNumber("n", t.TypologyTransitions.N);
        w.WriteStartArray("cells");
        foreach (TransitionCell cell in t.TypologyTransitions.Cells)
        {
            w.WriteStartObject();
            w.WriteString("from", cell.From);
            w.WriteString("to", cell.To);
            w.WriteNumber("count", cell.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("growth");
        w.WriteNumber("n", t.Growth.N);
        Nullable(w, "mean", t.Growth.Mean);
        Rows(w, t.Growth.Rows, t.Growth.N, level);
        Share(w, "declined", t.Growth.Declined, t.Growth.N, level);
        Share(w, "stable", t.Growth.Stable, t.Growth.N, level);
        Share(w, "grew", t.Growth.Grew, t.Growth.N, level);
        w.WriteEndObject();

        w.WriteStartObject("aspects");
        w.WriteNumber("n", t.Aspects.N);
        Rows(w, t.Aspects.Rows, t.Aspects.N, level);
        w.WriteEndObject();

        Statements(w, "opportunities", t.Opportunities);
        Statements(w, "obstacles", t.Obstacles);

        ContinuationTable continuation = t.Continuation;
        w.WriteStartObject("continuation");
        w.WriteNumber("n", continuation.N);
        YesNo(w, "continues", continuation.Continues);
        w.WriteStartObject("form");
        w.WriteNumber("continue", continuation.Form.Continue);
        w.WriteNumber("new-activities", continuation.Form.NewActivities);
        w.WriteNumber("unanswered", continuation.Form.Unanswered);
        w.WriteEndObject();
        YesNo(w, "supportWanted", continuation.SupportWanted);
        w.WriteEndObject();

        w.WriteStartObject("actionFollowUp");
        w.WriteStartArray("aspects");
        foreach (AspectFollowUp aspect in t.ActionFollowUp.Aspects)
        {
            w.WriteStartObject();
            w.WriteString("key", aspect.Key);
            w.WritePropertyName("total");
            FollowUp(w, null, aspect.Total);
            w.WriteStartArray("rows");
            foreach (FollowUpRow row in aspect.Rows)
            {
                FollowUp(w, row.Key, row.Counts);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("satisfaction");
        w.WriteNumber("n", t.Satisfaction.N);
        w.WriteNumber("unanswered", t.Satisfaction.Unanswered);
        Rows(w, t.Satisfaction.Rows, t.Satisfaction.N, level);
        w.WriteEndObject();

        w.WriteStartObject("grades");
        w.WriteNumber("n", t.Grades.N);
        w.WriteNumber("unanswered", t.Grades.Unanswered);
        Nullable(w, "mean", t.Grades.Mean);
        Rows(w, t.Grades.Rows, t.Grades.N, level);
        w.WriteEndObject();

        w.WriteStartObject("approach");
        w.WriteNumber("n", t.Approach.N);
        Approach(w, "diagnosis", t.Approach.Diagnosis);
        Approach(w, "presentation", t.Approach.Presentation);
        Approach(w, "execution", t.Approach.Execution);
        w.WriteEndObject();

        ProfileTable profile = t.Profile;
        w.WriteStartObject("profile");
        w.WriteNumber("n", profile.N);
        Distribution(w, "sizeClasses", profile.SizeClasses);
        if (profile.PermanentContracts is { } permanent && profile.Men is { } men)
        {
            Distribution(w, "permanentContracts", permanent);
            Distribution(w, "men", men);
            GroupDistributions(w, "ageGroups", profile.AgeGroups);
            GroupDistributions(w, "educationLevels", profile.EducationLevels);
        }

        Distribution(w, "sectors", profile.Sectors);
        w.WriteEndObject();

        w.WriteEndObject(); // tables
        if (level is { } confidenceLevel)
        {
            AnalysisJson.Write(w, report, ReportAnalysis.Compute(report, confidenceLevel));
        }

        w.WriteEndObject(); // report
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Typology(Utf8JsonWriter w, string name, TypologyTable table, double? level)
    {
        w.WriteStartObject(name);
        w.WriteNumber("n", table.N);
        Nullable(w, "mean", table.Mean);
        Rows(w, table.Rows, table.N, level);
        w.WriteEndObject();
    }

    private static void Rows(Utf8JsonWriter w, ValueArray<CountRow> rows, long n, double? level)
    {
        w.WriteStartArray("rows");
        foreach (CountRow row in rows)
        {
            w.WriteStartObject();
            w.WriteString("key", row.Key);
            w.WriteNumber("count", row.Count);
            w.WriteNumber("percent", row.Percent);
            Ci(w, row.Count, n, level);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Share(Utf8JsonWriter w, string name, CountShare share, long n, double? level)
    {
        w.WriteStartObject(name);
        w.WriteNumber("count", share.Count);
        w.WriteNumber("percent", share.Percent);
        Ci(w, share.Count, n, level);
        w.WriteEndObject();
    }

    private static void Ci(Utf8JsonWriter w, long count, long n, double? level)
    {
        if (level is not { } l)
        {
            return;
        }

        // A count outside 0…n only occurs in a hand-built or inconsistent report: no interval then.
        AnalysisJson.Interval(w, "ci", count >= 0 && count <= n ? ConfidenceIntervals.Wilson(count, n, l) : null);
    }

    private static void Statements(Utf8JsonWriter w, string name, StatementTable table)
    {
        w.WriteStartObject(name);
        w.WriteStartArray("items");
        foreach (StatementItem item in table.Items)
        {
            w.WriteStartObject();
            w.WriteString("key", item.Key);
            w.WriteNumber("n", item.N);
            w.WriteNumber("missing", item.Missing);
            w.WriteStartArray("counts");
            foreach (long count in item.Counts)
            {
                w.WriteNumberValue(count);
            }

            w.WriteEndArray();
            Nullable(w, "mean", item.Mean);
            Nullable(w, "sd", item.Sd);
            Nullable(w, "median", item.Median);
            w.WriteNumber("topBox", item.TopBox);
            w.WriteNumber("bottomBox", item.BottomBox);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void YesNo(Utf8JsonWriter w, string name, YesNoCounts counts)
    {
        w.WriteStartObject(name);
        w.WriteNumber("yes", counts.Yes);
        w.WriteNumber("no", counts.No);
        w.WriteNumber("unanswered", counts.Unanswered);
        w.WriteEndObject();
    }

    private static void FollowUp(Utf8JsonWriter w, string? key, FollowUpCounts counts)
    {
        w.WriteStartObject();
        if (key is not null)
        {
            w.WriteString("key", key);
        }

        w.WriteNumber("yes", counts.Yes);
        w.WriteNumber("maybe", counts.Maybe);
        w.WriteNumber("no", counts.No);
        w.WriteNumber("n", counts.N);
        w.WriteEndObject();
    }

    private static void Approach(Utf8JsonWriter w, string name, ApproachFieldTable field)
    {
        w.WriteStartObject(name);
        w.WriteNumber("unanswered", field.Unanswered);
        KeyCounts(w, "options", field.Options);
        w.WriteStartArray("combinations");
        foreach (ApproachCombination combination in field.Combinations)
        {
            w.WriteStartObject();
            w.WriteStartArray("keys");
            foreach (string key in combination.Keys)
            {
                w.WriteStringValue(key);
            }

            w.WriteEndArray();
            w.WriteNumber("count", combination.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void KeyCounts(Utf8JsonWriter w, string name, ValueArray<KeyCount> rows)
    {
        w.WriteStartArray(name);
        foreach (KeyCount row in rows)
        {
            w.WriteStartObject();
            w.WriteString("key", row.Key);
            w.WriteNumber("count", row.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Distribution(Utf8JsonWriter w, string name, ProfileDistribution distribution)
    {
        w.WriteStartObject(name);
        w.WriteNumber("unanswered", distribution.Unanswered);
        KeyCounts(w, "rows", distribution.Rows);
        w.WriteEndObject();
    }

    private static void GroupDistributions(Utf8JsonWriter w, string name, ValueArray<ProfileGroupDistribution> groups)
    {
        w.WriteStartArray(name);
        foreach (ProfileGroupDistribution group in groups)
        {
            w.WriteStartObject();
            w.WriteString("key", group.Key);
            w.WriteNumber("unanswered", group.Unanswered);
            KeyCounts(w, "rows", group.Rows);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
