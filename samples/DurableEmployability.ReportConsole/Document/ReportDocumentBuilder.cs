using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DurableEmployability.Aggregation;
using DurableEmployability.Analysis;
using DurableEmployability.Catalog;
using DurableEmployability.ReportConsole.Rendering;

namespace DurableEmployability.ReportConsole.Document;

/// <summary>Turns a report of the library into the blocks the console renders (tables and charts).</summary>
/// <remarks>Labels come from the library's bilingual catalogue; numbers are formatted as the report prints them.</remarks>
internal sealed class ReportDocumentBuilder
{
    private readonly DisplayFormat f;
    private readonly AnalysisSettings settings;
    private readonly List<Block> blocks = [];

    /// <summary>Initializes a new instance of the <see cref="ReportDocumentBuilder"/> class.</summary>
    /// <param name="format">The display format (language).</param>
    /// <param name="settings">What to show beyond the printed tables.</param>
    public ReportDocumentBuilder(DisplayFormat format, AnalysisSettings settings)
    {
        f = format;
        this.settings = settings;
    }

    /// <summary>Gets the blocks built so far.</summary>
    public IReadOnlyList<Block> Blocks => blocks;

    /// <summary>Returns the heading of a segment's report.</summary>
    /// <param name="format">The display format.</param>
    /// <param name="segment">The segment.</param>
    /// <returns>For example "Bedrijven (mkb)".</returns>
    public static string SegmentTitle(DisplayFormat format, Segment segment) => segment == Segment.SelfEmployed
        ? format.Say("ZZP-ers", "Self-employed")
        : format.Say("Bedrijven (mkb)", "Companies (SMEs)");

    /// <summary>Adds a free heading.</summary>
    /// <param name="level">The level.</param>
    /// <param name="text">The text.</param>
    public void AddHeading(int level, string text) => blocks.Add(new HeadingBlock(level, text));

    /// <summary>Adds a paragraph.</summary>
    /// <param name="text">The text.</param>
    public void AddParagraph(string text) => blocks.Add(new ParagraphBlock(text));

    /// <summary>Adds a whole report: heading, every table and chart, and the analysis when requested.</summary>
    /// <param name="report">The report.</param>
    /// <param name="groupName">The display name of the report's group (a partner's name), or <see langword="null"/>.</param>
    public void AddReport(Report report, string? groupName)
    {
        ArgumentNullException.ThrowIfNull(report);
        string title = SegmentTitle(f, report.Segment);
        if (report.Group is { } group)
        {
            string by = group.By == ReportGroup.ByPartner ? f.Say("partner", "partner") : group.By;
            title += $" — {by} {group.Key}" + (groupName is null || groupName == group.Key ? string.Empty : $" ({groupName})");
        }

        blocks.Add(new HeadingBlock(2, title));
        if (report.Group is not null && SmallCellProtection.ShouldSuppress(report.Participants, settings.MinimumGroup))
        {
            blocks.Add(new ParagraphBlock(f.Say(
                $"Onderdrukt: minder dan {f.Count(settings.MinimumGroup)} deelnemers (bescherming van kleine groepen).",
                $"Suppressed: fewer than {f.Count(settings.MinimumGroup)} participants (small-cell protection).")));
            return;
        }

        blocks.Add(new ParagraphBlock(f.Say(
            $"N = {f.Count(report.Participants)} deelnemers met alle monitors; {f.Count(report.ExcludedIncomplete)} onvolledige niet meegeteld.",
            $"N = {f.Count(report.Participants)} participants with all monitors; {f.Count(report.ExcludedIncomplete)} incomplete ones left out.")));

        SegmentCatalog catalog = SegmentCatalog.For(report.Segment);
        ReportTables tables = report.Tables;
        AddTypology(catalog, tables);
        AddGrowth(tables.Growth);
        AddAspects(catalog, tables.Aspects);
        AddStatements(f.Say("Opbrengsten (kansen)", "Outcomes (opportunities)"), catalog.OpportunityStem, catalog.Opportunities, tables.Opportunities);
        AddStatements(f.Say("Aanknopingspunten voor het vervolg (belemmeringen)", "Points for follow-up (obstacles)"), catalog.ObstacleStem, catalog.Obstacles, tables.Obstacles);
        AddContinuation(tables.Continuation);
        AddActionFollowUp(catalog, tables.ActionFollowUp);
        AddSatisfaction(tables.Satisfaction);
        AddGrades(tables.Grades);
        AddApproach(tables.Approach);
        AddProfile(tables.Profile);
        if (settings.IncludeAnalysis)
        {
            new AnalysisDocumentBuilder(f, settings).Add(blocks, report);
        }
    }

    private string Ci(long count, long n)
    {
        ConfidenceInterval? ci = ConfidenceIntervals.Wilson(count, n, settings.ConfidenceLevel);
        return ci is { } value ? f.Interval(value.Low, value.High) : "–";
    }

    private string CiHeader() => f.Say($"{f.Percent(settings.ConfidenceLevel * 100).TrimEnd('0').TrimEnd(',', '.')}%-BI", $"{f.Percent(settings.ConfidenceLevel * 100).TrimEnd('0').TrimEnd(',', '.')}% CI");

    private void AddTypology(SegmentCatalog catalog, ReportTables tables)
    {
        TypologyTable start = tables.TypologyStart;
        TypologyTable end = tables.TypologyEnd;
        bool ci = settings.IncludeAnalysis;
        var rows = new TableRows();
        for (int i = 0; i < start.Rows.Count; i++)
        {
            CountRow s = start.Rows[i];
            CountRow e = end.Rows[i];
            string label = catalog.Typology.TryGet(s.Key, out var description) ? description.Code : s.Key;
            rows.Add(ci
                ? [label, f.Count(s.Count), f.Percent(s.Percent), Ci(s.Count, start.N), f.Count(e.Count), f.Percent(e.Percent), Ci(e.Count, end.N)]
                : [label, f.Count(s.Count), f.Percent(s.Percent), f.Count(e.Count), f.Percent(e.Percent)]);
        }

        Cell total = new TextCell(f.Say("Totaal", "Total"), true);
        string hundred = start.N > 0 ? "100" : "0";
        rows.Add(ci
            ? [total, f.Count(start.N), hundred, string.Empty, f.Count(end.N), hundred, string.Empty]
            : [total, f.Count(start.N), hundred, f.Count(end.N), hundred]);
        Cell mean = new TextCell(f.Say("Gemiddelde score (1–7)", "Mean score (1–7)"), true);
        rows.Add(ci
            ? [mean, f.Mean(start.Mean), string.Empty, string.Empty, f.Mean(end.Mean), string.Empty, string.Empty]
            : [mean, f.Mean(start.Mean), string.Empty, f.Mean(end.Mean), string.Empty]);

        string title = f.Say("Typologie van duurzame inzetbaarheid: start (monitor 1) en eind (monitor 3)", "Typology of durable employability: start (monitor 1) and end (monitor 3)");
        blocks.Add(new HeadingBlock(3, title));
        string startN = f.Say("Start n", "Start n");
        string endN = f.Say("Eind n", "End n");
        blocks.Add(new ChartBlock(
        [
            (f.Say("Start (monitor 1), %", "Start (monitor 1), %"), [.. start.Rows.Select(r => new ChartItem(r.Key, r.Percent))]),
            (f.Say("Eind (monitor 3), %", "End (monitor 3), %"), [.. end.Rows.Select(r => new ChartItem(r.Key, r.Percent))]),
        ]));
        blocks.Add(ci
            ? rows.ToTable(string.Empty, new(f.Say("Type", "Type")), new(startN, true), new("%", true), new(CiHeader(), true), new(endN, true), new("%", true), new(CiHeader(), true))
            : rows.ToTable(string.Empty, new(f.Say("Type", "Type")), new(startN, true), new("%", true), new(endN, true), new("%", true)));
    }

    private void AddGrowth(GrowthTable growth)
    {
        blocks.Add(new HeadingBlock(3, f.Say("Groei in de typologie (eind min start, in halve stappen)", "Growth in the typology (end minus start, in half steps)")));
        double scale = Math.Max(1, growth.Rows.Max(r => r.Percent));
        var rows = new TableRows();
        foreach (CountRow row in growth.Rows)
        {
            int value = int.Parse(row.Key, System.Globalization.CultureInfo.InvariantCulture);
            string label = value > 0 ? "+" + value.ToString(f.Numbers) : value.ToString(f.Numbers);
            rows.Add(label, f.Count(row.Count), f.Percent(row.Percent), new BarCell(row.Percent, scale));
        }

        blocks.Add(rows.ToTable(string.Empty, new(f.Say("Groei", "Growth"), true), new("n", true), new("%", true), new(string.Empty)));

        var classes = new TableRows();
        (Typology.GrowthClass Class, CountShare Share)[] shares =
            [(Typology.GrowthClass.Declined, growth.Declined), (Typology.GrowthClass.Stable, growth.Stable), (Typology.GrowthClass.Grew, growth.Grew)];
        foreach ((Typology.GrowthClass growthClass, CountShare share) in shares)
        {
            string label = f.Say(DiCatalog.Describe(growthClass).Label);
            classes.Add(settings.IncludeAnalysis
                ? [label, f.Count(share.Count), f.Percent(share.Percent), Ci(share.Count, growth.N), new BarCell(share.Percent, 100)]
                : [label, f.Count(share.Count), f.Percent(share.Percent), new BarCell(share.Percent, 100)]);
        }

        classes.Add(settings.IncludeAnalysis
            ? [new TextCell(f.Say("Gemiddelde groei", "Mean growth"), true), f.Mean(growth.Mean), string.Empty, string.Empty, string.Empty]
            : [new TextCell(f.Say("Gemiddelde groei", "Mean growth"), true), f.Mean(growth.Mean), string.Empty, string.Empty]);
        blocks.Add(settings.IncludeAnalysis
            ? classes.ToTable(string.Empty, new(string.Empty), new("n", true), new("%", true), new(CiHeader(), true), new(string.Empty))
            : classes.ToTable(string.Empty, new(string.Empty), new("n", true), new("%", true), new(string.Empty)));
    }

    private void AddAspects(SegmentCatalog catalog, AspectTable aspects)
    {
        blocks.Add(new HeadingBlock(3, f.Say("Aspecten van duurzame inzetbaarheid waaraan gewerkt is", "Aspects of durable employability worked on")));
        var rows = new TableRows();
        foreach (CountRow row in aspects.Rows)
        {
            string label = catalog.Aspects.TryGet(row.Key, out Aspect? aspect) ? f.Say(aspect.Label) : row.Key;
            rows.Add(label, f.Count(row.Count), f.Percent(row.Percent), new BarCell(row.Percent, 100));
        }

        blocks.Add(rows.ToTable(string.Empty, new(f.Say("Aspect", "Aspect")), new("n", true), new("%", true), new(string.Empty)));
    }

    private void AddStatements(string title, BilingualText stem, CatalogList<Statement> statements, StatementTable table)
    {
        blocks.Add(new HeadingBlock(3, title));
        bool agreement = statements.Count > 0 && statements[0].Scale == StatementScale.Obstacle;
        blocks.Add(new ParagraphBlock(f.Say(stem) + " " + (agreement
            ? f.Say("(1 = volledig mee oneens, 5 = volledig mee eens)", "(1 = fully disagree, 5 = fully agree)")
            : f.Say("(1 = helemaal niet van toepassing, 5 = volledig van toepassing)", "(1 = not at all applicable, 5 = fully applicable)"))));
        blocks.Add(new LegendBlock(["1", "2", "3", "4", "5"]));
        bool ci = settings.IncludeAnalysis;
        var rows = new TableRows();
        foreach (StatementItem item in table.Items)
        {
            string label = statements.TryGet(item.Key, out Statement? statement) ? f.Say(statement.ShortLabel) : item.Key;
            var cells = new List<Cell> { label };
            for (int score = 1; score <= 5; score++)
            {
                cells.Add(f.Percent(item.Percent(score)));
            }

            cells.Add(new StackedBarCell([.. Enumerable.Range(1, 5).Select(item.Percent)]));
            cells.Add(f.Count(item.N));
            cells.Add(f.Mean(item.Mean));
            if (ci)
            {
                ConfidenceInterval? interval = item.Mean is { } mean && item.Sd is { } sd ? ConfidenceIntervals.Mean(item.N, mean, sd, settings.ConfidenceLevel) : null;
                cells.Add(interval is { } value ? f.Interval(value.Low, value.High) : "–");
            }

            rows.Add([.. cells]);
        }

        var columns = new List<TableColumn>
        {
            new(f.Say("Stelling", "Statement")),
            new("1 %", true), new("2 %", true), new("3 %", true), new("4 %", true), new("5 %", true),
            new(string.Empty), new("n", true), new(f.Say("Gem.", "Mean"), true),
        };
        if (ci)
        {
            columns.Add(new(CiHeader(), true));
        }

        blocks.Add(rows.ToTable(string.Empty, [.. columns]));
    }

    private void AddContinuation(ContinuationTable continuation)
    {
        blocks.Add(new HeadingBlock(3, f.Say("Vervolg na het project", "Continuation after the project")));
        var rows = new TableRows();
        string unanswered = f.Say("niet beantwoord", "unanswered");
        void Group(string question, long baseN, params (string Label, long Count)[] answers)
        {
            rows.Add(new TextCell(question, true), string.Empty, string.Empty, string.Empty);
            foreach ((string label, long count) in answers)
            {
                double percent = baseN == 0 ? 0 : 100.0 * count / baseN;
                rows.Add("  " + label, f.Count(count), f.Percent(percent), new BarCell(percent, 100));
            }
        }

        string yes = f.Say("ja", "yes");
        string no = f.Say("nee", "no");
        Group(f.Say($"Wordt er vervolg gegeven? (n = {f.Count(continuation.N)})", $"Will the work continue? (n = {f.Count(continuation.N)})"), continuation.N,
            (yes, continuation.Continues.Yes), (no, continuation.Continues.No), (unanswered, continuation.Continues.Unanswered));
        // Form and support are answered by the continuing participants only, but their percentages are of all
        // participants (the table's n), as in the report's Table 16 (report-format.md, domain.md §6).
        long continuing = continuation.Continues.Yes;
        Group(f.Say($"Vorm van het vervolg (bij vervolg: {f.Count(continuing)}; % van {f.Count(continuation.N)})", $"Form of continuation (if continuing: {f.Count(continuing)}; % of {f.Count(continuation.N)})"), continuation.N,
            (f.Say(DiCatalog.Describe(ContinuationForm.Continue).Label), continuation.Form.Continue),
            (f.Say(DiCatalog.Describe(ContinuationForm.NewActivities).Label), continuation.Form.NewActivities),
            (unanswered, continuation.Form.Unanswered));
        Group(f.Say($"Ondersteuning gewenst (bij vervolg: {f.Count(continuing)}; % van {f.Count(continuation.N)})", $"Support wanted (if continuing: {f.Count(continuing)}; % of {f.Count(continuation.N)})"), continuation.N,
            (yes, continuation.SupportWanted.Yes), (no, continuation.SupportWanted.No), (unanswered, continuation.SupportWanted.Unanswered));
        blocks.Add(rows.ToTable(string.Empty, new(string.Empty), new("n", true), new("%", true), new(string.Empty)));
    }

    private void AddActionFollowUp(SegmentCatalog catalog, ActionFollowUpTable table)
    {
        blocks.Add(new HeadingBlock(3, f.Say("Krijgen de acties een vervolg? (per aspect en indicator)", "Will the actions be followed up? (per aspect and indicator)")));
        string[] answers = [.. DiCatalog.FollowUps.Select(c => f.Say(c.Label))];
        blocks.Add(new LegendBlock([.. answers]));
        var rows = new TableRows();
        void Add(Cell label, FollowUpCounts counts)
        {
            rows.Add(
                label,
                f.Count(counts.Yes), f.Percent(counts.Percent(FollowUp.Yes)),
                f.Count(counts.Maybe), f.Percent(counts.Percent(FollowUp.Maybe)),
                f.Count(counts.No), f.Percent(counts.Percent(FollowUp.No)),
                f.Count(counts.N),
                new StackedBarCell([counts.Percent(FollowUp.Yes), counts.Percent(FollowUp.Maybe), counts.Percent(FollowUp.No)]));
        }

        foreach (AspectFollowUp aspect in table.Aspects)
        {
            Aspect? catalogAspect = catalog.Aspects.TryGet(aspect.Key, out Aspect? a) ? a : null;
            Add(new TextCell(catalogAspect is null ? aspect.Key : f.Say(catalogAspect.Label), true), aspect.Total);
            foreach (FollowUpRow row in aspect.Rows)
            {
                string label = catalog.Indicators.TryGet(row.Key, out Indicator? indicator) ? f.Say(indicator.TableLabel) : row.Key;
                Add("  " + label, row.Counts);
            }
        }

        blocks.Add(rows.ToTable(
            string.Empty,
            new(f.Say("Aspect / indicator", "Aspect / indicator")),
            new(answers[0], true), new("%", true), new(answers[1], true), new("%", true), new(answers[2], true), new("%", true),
            new("n", true), new(string.Empty)));
    }

    private void AddSatisfaction(SatisfactionTable table)
    {
        blocks.Add(new HeadingBlock(3, f.Say("Waardering voor de kwaliteit van het adviestraject", "Satisfaction with the quality of the advisory trajectory")));
        var rows = new TableRows();
        for (int i = 0; i < table.Rows.Count; i++)
        {
            CountRow row = table.Rows[i];
            string label = DiCatalog.SatisfactionCategories.TryGet(row.Key, out var choice) ? $"{choice.Code}: {f.Say(choice.Description)}" : row.Key;
            rows.Add(label, f.Count(row.Count), f.Percent(row.Percent), new BarCell(row.Percent, 100));
        }

        rows.Add(f.Say("niet beantwoord", "unanswered"), f.Count(table.Unanswered), f.Percent(table.N == 0 ? 0 : 100.0 * table.Unanswered / table.N), string.Empty);
        blocks.Add(rows.ToTable(string.Empty, new(f.Say("Categorie", "Category")), new("n", true), new("%", true), new(string.Empty)));
    }

    private void AddGrades(GradeTable table)
    {
        blocks.Add(new HeadingBlock(3, f.Say("Rapportcijfer voor het adviestraject", "Grade for the advisory trajectory")));
        double scale = Math.Max(1, table.Rows.Max(r => r.Percent));
        var rows = new TableRows();
        foreach (CountRow row in table.Rows)
        {
            rows.Add(row.Key, f.Count(row.Count), f.Percent(row.Percent), new BarCell(row.Percent, scale));
        }

        rows.Add(f.Say("niet beantwoord", "unanswered"), f.Count(table.Unanswered), f.Percent(table.N == 0 ? 0 : 100.0 * table.Unanswered / table.N), string.Empty);
        rows.Add(new TextCell(f.Say("Gemiddeld cijfer", "Mean grade"), true), f.Mean(table.Mean), string.Empty, string.Empty);
        blocks.Add(rows.ToTable(string.Empty, new(f.Say("Cijfer", "Grade"), true), new("n", true), new("%", true), new(string.Empty)));
    }

    private void AddApproach(ApproachTable table)
    {
        blocks.Add(new HeadingBlock(3, f.Say("Aanpak van het adviestraject", "Advisory approach")));
        (ApproachField Field, string Title, ApproachFieldTable Table)[] fields =
        [
            (ApproachField.Diagnosis, f.Say("Diagnose", "Diagnosis"), table.Diagnosis),
            (ApproachField.Presentation, f.Say("Presentatie", "Presentation"), table.Presentation),
            (ApproachField.Execution, f.Say("Uitvoering", "Execution"), table.Execution),
        ];
        var rows = new TableRows();
        foreach ((ApproachField field, string title, ApproachFieldTable fieldTable) in fields)
        {
            CatalogList<ApproachOption> options = DiCatalog.ApproachOptions(field);
            rows.Add(new TextCell(title, true), string.Empty, string.Empty, string.Empty);
            foreach (KeyCount option in fieldTable.Options)
            {
                string label = options.TryGet(option.Key, out ApproachOption? entry) ? f.Say(entry.Label) : option.Key;
                double percent = table.N == 0 ? 0 : 100.0 * option.Count / table.N;
                rows.Add("  " + label, f.Count(option.Count), f.Percent(percent), new BarCell(percent, 100));
            }

            double unansweredPercent = table.N == 0 ? 0 : 100.0 * fieldTable.Unanswered / table.N;
            rows.Add("  " + f.Say("niet beantwoord", "unanswered"), f.Count(fieldTable.Unanswered), f.Percent(unansweredPercent), string.Empty);
            foreach (ApproachCombination combination in fieldTable.Combinations.Take(3))
            {
                string keys = string.Join(" + ", combination.Keys.Select(k => options.TryGet(k, out ApproachOption? o) ? f.Say(o.Label) : k));
                double percent = table.N == 0 ? 0 : 100.0 * combination.Count / table.N;
                rows.Add("  " + f.Say("combinatie: ", "combination: ") + keys, f.Count(combination.Count), f.Percent(percent), string.Empty);
            }
        }

        blocks.Add(rows.ToTable(string.Empty, new(string.Empty), new("n", true), new("%", true), new(string.Empty)));
    }

    private void AddProfile(ProfileTable profile)
    {
        blocks.Add(new HeadingBlock(3, f.Say("Profiel van de deelnemers", "Profile of the participants")));
        var rows = new TableRows();
        void Distribution(string title, ProfileDistribution distribution, Func<string, string> label, int limit = int.MaxValue)
        {
            rows.Add(new TextCell(title, true), string.Empty, string.Empty, string.Empty);
            foreach (KeyCount row in distribution.Rows.Take(limit))
            {
                double percent = profile.N == 0 ? 0 : 100.0 * row.Count / profile.N;
                rows.Add("  " + label(row.Key), f.Count(row.Count), f.Percent(percent), new BarCell(percent, 100));
            }

            if (distribution.Rows.Count > limit)
            {
                long rest = distribution.Rows.Skip(limit).Sum(r => r.Count);
                double percent = profile.N == 0 ? 0 : 100.0 * rest / profile.N;
                rows.Add("  " + f.Say("overige", "other"), f.Count(rest), f.Percent(percent), new BarCell(percent, 100));
            }

            double unansweredPercent = profile.N == 0 ? 0 : 100.0 * distribution.Unanswered / profile.N;
            rows.Add("  " + f.Say("niet beantwoord", "unanswered"), f.Count(distribution.Unanswered), f.Percent(unansweredPercent), string.Empty);
        }

        string Band(string key) => DiCatalog.ShareBands.TryGet(key, out var band) ? f.Say(band.Label) : key;
        Distribution(f.Say("Aantal werknemers", "Number of employees"), profile.SizeClasses, key => key);
        if (profile.PermanentContracts is { } permanent)
        {
            Distribution(f.Say("Aandeel vaste contracten", "Share of permanent contracts"), permanent, Band);
        }

        if (profile.Men is { } men)
        {
            Distribution(f.Say("Aandeel mannen", "Share of men"), men, Band);
        }

        foreach (ProfileGroupDistribution age in profile.AgeGroups)
        {
            string title = DiCatalog.AgeGroups.TryGet(age.Key, out var group) ? f.Say(group.Label) : age.Key;
            Distribution(f.Say("Aandeel werknemers ", "Share of employees ") + title, new ProfileDistribution(age.Unanswered, age.Rows), Band);
        }

        foreach (ProfileGroupDistribution level in profile.EducationLevels)
        {
            string title = DiCatalog.EducationLevels.TryGet(level.Key, out var education) ? f.Say(education.Label) : level.Key;
            Distribution(f.Say("Aandeel werknemers: ", "Share of employees: ") + title, new ProfileDistribution(level.Unanswered, level.Rows), Band);
        }

        Distribution(f.Say("Sector (de tien grootste)", "Sector (the ten largest)"), profile.Sectors, key => key, 10);
        blocks.Add(rows.ToTable(string.Empty, new(string.Empty), new("n", true), new("%", true), new(string.Empty)));
    }
}
