using System.Collections.Generic;
using System.Linq;
using DurableEmployability.Aggregation;
using DurableEmployability.Analysis;
using DurableEmployability.Catalog;
using DurableEmployability.ReportConsole.Rendering;

namespace DurableEmployability.ReportConsole.Document;

/// <summary>Builds the analysis blocks of a report: the change in typology and the reliability of the statement scales.</summary>
/// <remarks>Computed with the library's <c>DurableEmployability.Analysis</c> namespace from the report's own counts and moments.</remarks>
internal sealed class AnalysisDocumentBuilder
{
    private readonly DisplayFormat f;
    private readonly double level;
    private readonly bool synthetic;

    /// <summary>Initializes a new instance of the <see cref="AnalysisDocumentBuilder"/> class.</summary>
    /// <param name="format">The display format.</param>
    /// <param name="settings">The settings (confidence level, synthetic records).</param>
    public AnalysisDocumentBuilder(DisplayFormat format, AnalysisSettings settings)
    {
        System.ArgumentNullException.ThrowIfNull(settings);
        f = format;
        level = settings.ConfidenceLevel;
        synthetic = settings.SyntheticRecords;
    }

    /// <summary>Adds the analysis blocks of a report.</summary>
    /// <param name="blocks">The blocks to add to.</param>
    /// <param name="report">The report.</param>
    public void Add(List<Block> blocks, Report report)
    {
        blocks.Add(new HeadingBlock(3, f.Say("Analyse: verandering in de typologie en betrouwbaarheid van de schalen", "Analysis: change in typology and reliability of the scales")));
        ReportAnalysis analysis = ReportAnalysis.Compute(report, level);
        if (analysis.TypologyChange is { } change)
        {
            AddChange(blocks, change);
        }

        SegmentCatalog catalog = SegmentCatalog.For(report.Segment);
        if (synthetic)
        {
            blocks.Add(new ParagraphBlock(f.Say(
                "Let op: deze records zijn synthetisch (de reconstructie van fase I of een daaruit gegenereerd cohort). Alleen de tabellen zijn gepubliceerd, niet hoe antwoorden per deelnemer samenhangen; de betrouwbaarheid hieronder zegt dus niets over de echte schalen.",
                "Note: these records are synthetic (the phase I reconstruction or a cohort generated from it). Only the tables were published, not how one participant's answers go together, so the reliability below says nothing about the real scales.")));
        }

        AddReliability(blocks, f.Say("Opbrengsten (kansen)", "Outcomes (opportunities)"), catalog.Opportunities, report.OpportunityMoments, analysis.OpportunityReliability);
        AddReliability(blocks, f.Say("Aanknopingspunten (belemmeringen)", "Points for follow-up (obstacles)"), catalog.Obstacles, report.ObstacleMoments, analysis.ObstacleReliability);
    }

    private void AddChange(List<Block> blocks, TypologyChangeAnalysis change)
    {
        var rows = new TableRows();
        rows.Add(f.Say("Vooruit / gelijk / achteruit", "Improved / unchanged / declined"), $"{f.Count(change.Improved)} / {f.Count(change.Unchanged)} / {f.Count(change.Declined)}");
        rows.Add(f.Say("Groei, " + CiLabel(), "Grew, " + CiLabel()), Wilson(change.Improved, change.N));
        rows.Add(f.Say("Tekentoets (exact, tweezijdig): p", "Sign test (exact, two-sided): p"), f.PValue(change.N == 0 ? null : change.SignTestP));
        WilcoxonSignedRankResult w = change.Wilcoxon;
        rows.Add(
            f.Say("Wilcoxon-rangtekentoets (nullen weggelaten)", "Wilcoxon signed-rank test (zeros dropped)"),
            $"n = {f.Count(w.N)}, T+ = {f.Fixed(w.TPlus, 1)}, T− = {f.Fixed(w.TMinus, 1)}, z = {f.Fixed(w.Z, 2)}, p = {f.PValue(w.N == 0 ? null : w.P)}" + (w.IsExact ? f.Say(" (exact)", " (exact)") : string.Empty));
        rows.Add(f.Say("Rang-biseriële correlatie", "Rank-biserial correlation"), f.Fixed(change.RankBiserial, 3));
        if (change.MarginalHomogeneity is { } mh)
        {
            rows.Add(f.Say("Stuart–Maxwell (marginale homogeniteit)", "Stuart–Maxwell (marginal homogeneity)"), $"χ² = {f.Fixed(mh.Statistic, 1)}, df = {f.Count(mh.DegreesOfFreedom)}, p = {f.PValue(mh.P)}");
        }

        if (change.Symmetry is { } bowker)
        {
            rows.Add(f.Say("Bowker (symmetrie)", "Bowker (symmetry)"), $"χ² = {f.Fixed(bowker.Statistic, 1)}, df = {f.Count(bowker.DegreesOfFreedom)}, p = {f.PValue(bowker.P)}");
        }

        blocks.Add(rows.ToTable(f.Say($"Verandering van start naar eind (n = {f.Count(change.N)})", $"Change from start to end (n = {f.Count(change.N)})"), new(f.Say("Toets", "Test")), new(f.Say("Uitkomst", "Result"))));
    }

    private string CiLabel() => f.Say($"{f.Fixed(level * 100, 0)}%-betrouwbaarheidsinterval (Wilson)", $"{f.Fixed(level * 100, 0)}% confidence interval (Wilson)");

    private string Wilson(long count, long n)
    {
        ConfidenceInterval? ci = ConfidenceIntervals.Wilson(count, n, level);
        return ci is { } value ? f.Percent(100.0 * count / n) + " % (" + f.Interval(value.Low, value.High) + ")" : "–";
    }

    private void AddReliability(List<Block> blocks, string title, CatalogList<Statement> statements, ScaleMoments? moments, ReliabilityAnalysis? analysis)
    {
        if (analysis is null)
        {
            return;
        }

        var rows = new TableRows();
        for (int i = 0; i < analysis.Items.Count; i++)
        {
            ItemReliability item = analysis.Items[i];
            string label = moments is not null && statements.TryGet(moments.Keys[item.Index], out Statement? statement) ? f.Say(statement.ShortLabel) : item.Index.ToString(f.Numbers);
            rows.Add(label, f.Fixed(item.AlphaIfDeleted, 3), f.Fixed(item.ItemRestCorrelation, 3));
        }

        string caption = f.Say(
            $"{title}: Cronbachs α = {f.Fixed(analysis.Alpha, 3)} (n = {f.Count(analysis.N)}, alleen wie alle stellingen scoorde)",
            $"{title}: Cronbach's α = {f.Fixed(analysis.Alpha, 3)} (n = {f.Count(analysis.N)}, listwise: participants who rated every item)");
        blocks.Add(rows.ToTable(caption, new(f.Say("Stelling", "Statement")), new(f.Say("α zonder dit item", "α if deleted"), true), new(f.Say("item-restcorrelatie", "item-rest correlation"), true)));
    }
}
