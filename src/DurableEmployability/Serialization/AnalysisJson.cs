using System.Text.Json;
using DurableEmployability.Aggregation;
using DurableEmployability.Analysis;

namespace DurableEmployability.Serialization;

/// <summary>Writes the optional <c>analysis</c> section of the report JSON (an extension of format version 1; see <c>docs/analysis.md</c>).</summary>
internal static class AnalysisJson
{
    /// <summary>Writes <c>"analysis": { … }</c> for a report.</summary>
    internal static void Write(Utf8JsonWriter w, Report report, ReportAnalysis analysis)
    {
        w.WriteStartObject("analysis");
        w.WriteNumber("confidenceLevel", analysis.ConfidenceLevel);
        if (analysis.TypologyChange is { } change)
        {
            w.WriteStartObject("typologyChange");
            w.WriteNumber("n", change.N);
            w.WriteNumber("improved", change.Improved);
            w.WriteNumber("unchanged", change.Unchanged);
            w.WriteNumber("declined", change.Declined);
            w.WriteStartObject("signTest");
            w.WriteNumber("p", change.SignTestP);
            w.WriteEndObject();
            Wilcoxon(w, "wilcoxon", change.Wilcoxon);
            Wilcoxon(w, "wilcoxonPratt", change.WilcoxonPratt);
            Nullable(w, "rankBiserial", change.RankBiserial);
            ChiSquare(w, "marginalHomogeneity", change.MarginalHomogeneity);
            ChiSquare(w, "symmetry", change.Symmetry);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("typologyChange");
        }

        w.WriteStartObject("growthMean");
        Nullable(w, "mean", report.Tables.Growth.Mean);
        Interval(w, "ci", analysis.GrowthMeanInterval);
        w.WriteEndObject();

        w.WriteStartObject("reliability");
        Reliability(w, "opportunities", analysis.OpportunityReliability, report.OpportunityMoments);
        Reliability(w, "obstacles", analysis.ObstacleReliability, report.ObstacleMoments);
        w.WriteEndObject();

        w.WriteStartObject("statementMeans");
        Means(w, "opportunities", analysis.OpportunityMeans);
        Means(w, "obstacles", analysis.ObstacleMeans);
        w.WriteEndObject();

        w.WriteEndObject();
    }

    /// <summary>Writes <c>"name": { "low": …, "high": … }</c>, or <c>null</c>.</summary>
    internal static void Interval(Utf8JsonWriter w, string name, ConfidenceInterval? interval)
    {
        if (interval is { } i)
        {
            w.WriteStartObject(name);
            w.WriteNumber("low", i.Low);
            w.WriteNumber("high", i.High);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(name);
        }
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

    private static void Wilcoxon(Utf8JsonWriter w, string name, WilcoxonSignedRankResult result)
    {
        w.WriteStartObject(name);
        w.WriteString("zeroMethod", result.ZeroMethodCode);
        w.WriteNumber("n", result.N);
        w.WriteNumber("zeros", result.Zeros);
        w.WriteNumber("tPlus", result.TPlus);
        w.WriteNumber("tMinus", result.TMinus);
        Nullable(w, "z", result.Z);
        w.WriteNumber("p", result.P);
        w.WriteBoolean("exact", result.IsExact);
        w.WriteEndObject();
    }

    private static void ChiSquare(Utf8JsonWriter w, string name, ChiSquareTestResult? result)
    {
        if (result is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("test", result.Test);
        w.WriteNumber("statistic", result.Statistic);
        w.WriteNumber("df", result.DegreesOfFreedom);
        w.WriteNumber("p", result.P);
        w.WriteEndObject();
    }

    private static void Reliability(Utf8JsonWriter w, string name, ReliabilityAnalysis? reliability, ScaleMoments? moments)
    {
        if (reliability is null || moments is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        Nullable(w, "alpha", reliability.Alpha);
        w.WriteNumber("n", reliability.N);
        w.WriteString("missing", reliability.MissingCode);
        w.WriteStartArray("items");
        foreach (ItemReliability item in reliability.Items)
        {
            w.WriteStartObject();
            w.WriteString("key", moments.Keys[item.Index]);
            Nullable(w, "alphaIfDeleted", item.AlphaIfDeleted);
            Nullable(w, "itemRestCorrelation", item.ItemRestCorrelation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Means(Utf8JsonWriter w, string name, ValueArray<StatementMeanInterval> means)
    {
        w.WriteStartArray(name);
        foreach (StatementMeanInterval mean in means)
        {
            w.WriteStartObject();
            w.WriteString("key", mean.Key);
            w.WriteNumber("n", mean.N);
            Nullable(w, "mean", mean.Mean);
            Interval(w, "ci", mean.Interval);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
