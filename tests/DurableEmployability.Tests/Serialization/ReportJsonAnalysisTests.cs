using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using DurableEmployability.Aggregation;
using DurableEmployability.Analysis;
using DurableEmployability.Catalog;
using DurableEmployability.Reference;
using DurableEmployability.Serialization;
using DurableEmployability.Tests.Analysis;
using DurableEmployability.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Serialization;

// The report JSON extensions: the analysis section, per-row Wilson ci, small-cell suppression.
// Wilson reference values by mpmath (40 digits) from the formula with z = √2·erfinv(level):
// 355/476 at 0.95 → [70.482265009774007, 78.283842148849086]; at 0.90 → [71.164611620339125, 77.717212122827743];
// 7/476 at 0.95 → [0.71413910823958526, 3.0040595785814872].
public class ReportJsonAnalysisTests
{
    private static readonly Lazy<BreakdownReport> Breakdown = new(() =>
    {
        var grouped = GroupedReportAccumulator.ByPartner(new ReportOptions(Segment.Company), Phase1Reconstruction.Partners);
        grouped.AddRange(Phase1Reconstruction.Participants);
        return grouped.ToReport();
    });

    private static readonly ReportJsonOptions Analysis = new() { IncludeAnalysis = true };

    private static Report Companies => Breakdown.Value.Overall;

    [Fact]
    public void WithoutTheOptionsTheOutputIsByteIdenticalToVersionOne()
    {
        // SHA-256 of the phase I company JSON written by the writer before the extensions existed (commit f1aa173).
        const string overall = "802ce6a3dab4bcd686a2a79ceb75c6c3e2f25525a5ce08cc3dc93bd557807571";
        const string breakdown = "d02103f94ea3c3fca8a5736986b33f8ce27f7e1d9f199ae91a9125eb6d6f7895";
        const string compact = "37e730c1a46038da0daa0830a18a7ca1821f42e99cd2c9167c7a6f5a4d5a9f8b";
        ReportJsonOptions[] inert =
        [
            ReportJsonOptions.Default,
            new() { IncludeAnalysis = false, ConfidenceLevel = 0.9 },
            new() { MinGroupSize = 0 },
            new() { MinGroupSize = null },
        ];
        Assert.Equal(overall, Sha(ReportJsonWriter.ToUtf8Bytes(Companies)));
        Assert.Equal(breakdown, Sha(ReportJsonWriter.ToUtf8Bytes(Breakdown.Value)));
        foreach (ReportJsonOptions options in inert)
        {
            Assert.Equal(overall, Sha(ReportJsonWriter.ToUtf8Bytes(Companies, options)));
            Assert.Equal(breakdown, Sha(ReportJsonWriter.ToUtf8Bytes(Breakdown.Value, options)));
            Assert.Equal(compact, Sha(ReportJsonWriter.ToUtf8Bytes(Breakdown.Value, options with { Indented = false })));
        }

        string json = ReportJsonWriter.ToJsonString(Breakdown.Value);
        Assert.DoesNotContain("\"analysis\"", json);
        Assert.DoesNotContain("\"ci\"", json);
        Assert.DoesNotContain("\"suppressed\"", json);
    }

    [Fact]
    public void TheAnalysisSectionFollowsTheTablesWithThePhaseOneFigures()
    {
        using JsonDocument document = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(Companies, Analysis));
        JsonElement root = document.RootElement;
        Assert.Equal(["format", "version", "segment", "participants", "excluded", "tables", "analysis"], root.EnumerateObject().Select(p => p.Name));
        JsonElement analysis = root.GetProperty("analysis");
        Assert.Equal(["confidenceLevel", "typologyChange", "growthMean", "reliability", "statementMeans"], analysis.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.95, analysis.GetProperty("confidenceLevel").GetDouble());

        JsonElement change = analysis.GetProperty("typologyChange");
        Assert.Equal(
            ["n", "improved", "unchanged", "declined", "signTest", "wilcoxon", "wilcoxonPratt", "rankBiserial", "marginalHomogeneity", "symmetry"],
            change.EnumerateObject().Select(p => p.Name));
        Assert.Equal(476, change.GetProperty("n").GetInt64());
        Assert.Equal(355, change.GetProperty("improved").GetInt64());
        Assert.Equal(114, change.GetProperty("unchanged").GetInt64());
        Assert.Equal(7, change.GetProperty("declined").GetInt64());
        // Exact rational binomial sum 2·Σ_{k≤7} C(362, k)/2³⁶² (see TypologyChangeAnalysisTests).
        Close.Relative(3.3109630664339672e-95, change.GetProperty("signTest").GetProperty("p").GetDouble(), 1e-10);

        JsonElement wilcoxon = change.GetProperty("wilcoxon");
        Assert.Equal(["zeroMethod", "n", "zeros", "tPlus", "tMinus", "z", "p", "exact"], wilcoxon.EnumerateObject().Select(p => p.Name));
        Assert.Equal("wilcox", wilcoxon.GetProperty("zeroMethod").GetString());
        Assert.Equal(362, wilcoxon.GetProperty("n").GetInt64());
        Assert.Equal(114, wilcoxon.GetProperty("zeros").GetInt64());
        Assert.Equal(64433.5, wilcoxon.GetProperty("tPlus").GetDouble());
        Assert.Equal(1269.5, wilcoxon.GetProperty("tMinus").GetDouble());
        Close.Relative(-16.284552385672567, wilcoxon.GetProperty("z").GetDouble(), 1e-12);
        Close.Relative(1.2705539135931544e-59, wilcoxon.GetProperty("p").GetDouble(), 1e-9);
        Assert.False(wilcoxon.GetProperty("exact").GetBoolean());
        Assert.Equal("pratt", change.GetProperty("wilcoxonPratt").GetProperty("zeroMethod").GetString());
        Assert.Equal(104903.5, change.GetProperty("wilcoxonPratt").GetProperty("tPlus").GetDouble());
        Close.Relative((64433.5 - 1269.5) / (64433.5 + 1269.5), change.GetProperty("rankBiserial").GetDouble(), 1e-15);

        JsonElement marginal = change.GetProperty("marginalHomogeneity");
        Assert.Equal(["test", "statistic", "df", "p"], marginal.EnumerateObject().Select(p => p.Name));
        Assert.Equal("stuart-maxwell", marginal.GetProperty("test").GetString());
        Assert.Equal(6, marginal.GetProperty("df").GetInt32());
        Close.Relative(290.68183145172261, marginal.GetProperty("statistic").GetDouble(), 1e-11);
        Assert.Equal("bowker", change.GetProperty("symmetry").GetProperty("test").GetString());
        Assert.Equal(18, change.GetProperty("symmetry").GetProperty("df").GetInt32());

        JsonElement growth = analysis.GetProperty("growthMean");
        Close.Relative(550.0 / 476, growth.GetProperty("mean").GetDouble(), 1e-15);
        Close.Relative(1.0650670872239043, growth.GetProperty("ci").GetProperty("low").GetDouble(), 1e-11);

        JsonElement reliability = analysis.GetProperty("reliability").GetProperty("opportunities");
        Assert.Equal(["alpha", "n", "missing", "items"], reliability.EnumerateObject().Select(p => p.Name));
        Assert.Equal("listwise", reliability.GetProperty("missing").GetString());
        Assert.Equal(ReportAnalysis.Compute(Companies).OpportunityReliability!.Alpha!.Value, reliability.GetProperty("alpha").GetDouble());
        Assert.Equal(DiCatalog.Company.Opportunities.Select(s => s.Code), reliability.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        Assert.Equal(["key", "alphaIfDeleted", "itemRestCorrelation"], reliability.GetProperty("items")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(12, analysis.GetProperty("reliability").GetProperty("obstacles").GetProperty("items").GetArrayLength());

        JsonElement awareness = analysis.GetProperty("statementMeans").GetProperty("opportunities")[0];
        Assert.Equal(["key", "n", "mean", "ci"], awareness.EnumerateObject().Select(p => p.Name));
        Assert.Equal("awareness", awareness.GetProperty("key").GetString());
        Close.Relative(3.834864874888879, awareness.GetProperty("ci").GetProperty("low").GetDouble(), 1e-11);
        Close.Relative(3.9928662175480958, awareness.GetProperty("ci").GetProperty("high").GetDouble(), 1e-11);
    }

    [Fact]
    public void PercentageRowsCarryTheWilsonInterval()
    {
        using JsonDocument document = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(Companies, Analysis));
        JsonElement growth = document.RootElement.GetProperty("tables").GetProperty("growth");
        JsonElement grew = growth.GetProperty("grew");
        Assert.Equal(["count", "percent", "ci"], grew.EnumerateObject().Select(p => p.Name));
        Close.Relative(70.482265009774007, grew.GetProperty("ci").GetProperty("low").GetDouble(), 1e-12);
        Close.Relative(78.283842148849086, grew.GetProperty("ci").GetProperty("high").GetDouble(), 1e-12);
        JsonElement declined = growth.GetProperty("declined").GetProperty("ci");
        Close.Relative(0.71413910823958526, declined.GetProperty("low").GetDouble(), 1e-12);
        Close.Relative(3.0040595785814872, declined.GetProperty("high").GetDouble(), 1e-12);
        Assert.Equal(["key", "count", "percent", "ci"], growth.GetProperty("rows")[0].EnumerateObject().Select(p => p.Name));

        using JsonDocument ninety = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(Companies, Analysis with { ConfidenceLevel = 0.90 }));
        JsonElement grew90 = ninety.RootElement.GetProperty("tables").GetProperty("growth").GetProperty("grew").GetProperty("ci");
        Close.Relative(71.164611620339125, grew90.GetProperty("low").GetDouble(), 1e-12);
        Close.Relative(77.717212122827743, grew90.GetProperty("high").GetDouble(), 1e-12);
        Assert.Equal(0.9, ninety.RootElement.GetProperty("analysis").GetProperty("confidenceLevel").GetDouble());
    }

    [Fact]
    public void EveryPercentHasACiThatContainsItWithinZeroToHundred()
    {
        using JsonDocument document = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(Breakdown.Value, Analysis));
        int checkedRows = 0;
        foreach (JsonElement withPercent in Objects(document.RootElement).Where(o => o.TryGetProperty("percent", out _)))
        {
            JsonElement ci = withPercent.GetProperty("ci");
            double percent = withPercent.GetProperty("percent").GetDouble();
            double low = ci.GetProperty("low").GetDouble(), high = ci.GetProperty("high").GetDouble();
            Assert.InRange(low, 0, percent);
            Assert.InRange(high, percent, 100);
            checkedRows++;
        }

        // 19 reports × (typology 7 + 7, growth 13 + 3, aspects 5, satisfaction 4, grades 10).
        Assert.Equal(19 * 49, checkedRows);
    }

    [Fact]
    public void AnEmptyBaseHasANullCi()
    {
        Report empty = new ReportAccumulator(new ReportOptions(Segment.Company)).ToReport();
        using JsonDocument document = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(empty, Analysis));
        JsonElement tables = document.RootElement.GetProperty("tables");
        Assert.Equal(JsonValueKind.Null, tables.GetProperty("typologyStart").GetProperty("rows")[0].GetProperty("ci").ValueKind);
        Assert.Equal(JsonValueKind.Null, tables.GetProperty("growth").GetProperty("grew").GetProperty("ci").ValueKind);
        JsonElement analysis = document.RootElement.GetProperty("analysis");
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("growthMean").GetProperty("ci").ValueKind);
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("typologyChange").GetProperty("marginalHomogeneity").ValueKind);
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("reliability").GetProperty("opportunities").GetProperty("alpha").ValueKind);
    }

    [Fact]
    public void SmallGroupsAreMarkedSuppressedWithoutCountsAndKeptInPlace()
    {
        ReportJsonOptions options = new() { MinGroupSize = 17 };
        using JsonDocument document = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(Breakdown.Value, options));
        JsonElement groups = document.RootElement.GetProperty("groups");
        Assert.Equal(Breakdown.Value.Groups.Count, groups.GetArrayLength());
        for (int i = 0; i < groups.GetArrayLength(); i++)
        {
            Report source = Breakdown.Value.Groups[i];
            JsonElement group = groups[i];
            Assert.Equal(source.Group!.Key, group.GetProperty("group").GetProperty("key").GetString());
            if (source.Participants < 17)
            {
                Assert.Equal(["format", "version", "segment", "group", "suppressed"], group.EnumerateObject().Select(p => p.Name));
                Assert.True(group.GetProperty("suppressed").GetBoolean());
            }
            else
            {
                Assert.False(group.TryGetProperty("suppressed", out _));
                Assert.Equal(source.Participants, group.GetProperty("participants").GetInt64());
            }
        }

        // Phase I partners below 17: AGF-CKO (6), BFBN (11), GOC (15); MKB-Deventer and Tuinbranche-NL (17) are shown.
        Assert.Equal(
            ["AGF-CKO", "BFBN", "GOC"],
            groups.EnumerateArray().Where(g => g.TryGetProperty("suppressed", out _)).Select(g => g.GetProperty("group").GetProperty("key").GetString()));
        Assert.Equal(476, document.RootElement.GetProperty("overall").GetProperty("participants").GetInt64());
    }

    [Fact]
    public void SuppressedGroupsHaveNoAnalysisAndAnOverallReportIsNeverSuppressed()
    {
        ReportJsonOptions options = new() { MinGroupSize = int.MaxValue, IncludeAnalysis = true };
        using JsonDocument document = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(Breakdown.Value, options));
        Assert.All(document.RootElement.GetProperty("groups").EnumerateArray(), g => Assert.False(g.TryGetProperty("analysis", out _)));
        JsonElement overall = document.RootElement.GetProperty("overall");
        Assert.False(overall.TryGetProperty("suppressed", out _));
        Assert.True(overall.TryGetProperty("analysis", out _));

        Report tiny = Breakdown.Value.Groups[0];
        Assert.Equal(6, tiny.Participants);
        Assert.Contains("\"suppressed\":true", ReportJsonWriter.ToJsonString(tiny, options with { Indented = false }));
        Assert.DoesNotContain("\"suppressed\"", ReportJsonWriter.ToJsonString(tiny with { Group = null }, options));
    }

    [Property(MaxTest = 50)]
    public Property SuppressionNeverHidesTheOverallReport()
    {
        var gen = from min in Gen.Choose(0, 1000)
                  from analysis in Gen.Elements(true, false)
                  select new ReportJsonOptions { MinGroupSize = min, IncludeAnalysis = analysis, Indented = false };
        return Prop.ForAll(gen.ToArbitrary(), options =>
        {
            using JsonDocument document = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(Breakdown.Value, options));
            JsonElement overall = document.RootElement.GetProperty("overall");
            JsonElement[] groups = [.. document.RootElement.GetProperty("groups").EnumerateArray()];
            bool overallShown = !overall.TryGetProperty("suppressed", out _) && overall.GetProperty("participants").GetInt64() == 476;
            bool groupsMarked = groups.Length == Breakdown.Value.Groups.Count
                && groups.Zip(Breakdown.Value.Groups).All(p => p.First.TryGetProperty("suppressed", out _) == (p.Second.Participants < options.MinGroupSize));
            return overallShown && groupsMarked;
        });
    }

    [Fact]
    public void TheReaderReadsSuppressedGroupsAndWritesThemBackUnchanged()
    {
        byte[] json = ReportJsonWriter.ToUtf8Bytes(Breakdown.Value, new ReportJsonOptions { MinGroupSize = 17 });
        ReportReadResult<BreakdownReport> read = ReportJsonReader.ReadBreakdown(json);
        Assert.True(read.Success, string.Join("; ", read.Problems));
        Report suppressed = read.Value.Groups[0];
        Assert.True(suppressed.IsSuppressed);
        Assert.Equal(new ReportGroup("partner", "AGF-CKO"), suppressed.Group);
        Assert.Equal(Segment.Company, suppressed.Segment);
        Assert.Equal(0, suppressed.Participants);
        Assert.Equal(0, suppressed.Tables.TypologyStart.N);
        Assert.Equal(7, suppressed.Tables.TypologyStart.Rows.Count);
        Assert.False(read.Value.Overall.IsSuppressed);
        Assert.False(read.Value.Groups[1].IsSuppressed);
        Assert.Equal(Breakdown.Value.Groups[1].Tables, read.Value.Groups[1].Tables);

        // Suppressed groups stay suppressed when written again, also without the option.
        Assert.Equal(json, ReportJsonWriter.ToUtf8Bytes(read.Value));
    }

    [Fact]
    public void TheReaderIgnoresTheAnalysisAndCi()
    {
        Report plain = ReportJsonReader.Read(ReportJsonWriter.ToUtf8Bytes(Companies)).GetValueOrThrow();
        ReportReadResult<Report> withAnalysis = ReportJsonReader.Read(ReportJsonWriter.ToUtf8Bytes(Companies, Analysis));
        Assert.True(withAnalysis.Success, string.Join("; ", withAnalysis.Problems));
        Assert.Empty(withAnalysis.Problems);
        Assert.Equal(plain, withAnalysis.Value);
        Assert.Equal(ReportJsonWriter.ToUtf8Bytes(Companies), ReportJsonWriter.ToUtf8Bytes(withAnalysis.Value));

        // Forward compatibility: unknown members inside analysis and ci do not matter either.
        string json = ReportJsonWriter.ToJsonString(Companies, Analysis)
            .Replace("\"confidenceLevel\"", "\"future\": { \"x\": [1, 2] }, \"confidenceLevel\"", StringComparison.Ordinal)
            .Replace("\"low\"", "\"method\": \"wilson\", \"low\"", StringComparison.Ordinal);
        Assert.Equal(plain, ReportJsonReader.Read(json).Value);
    }

    [Theory]
    [InlineData("\"suppressed\": \"yes\"", "json-type", "suppressed")]
    [InlineData("\"suppressed\": 1", "json-type", "suppressed")]
    public void ABadSuppressedValueIsAProblem(string member, string code, string path)
    {
        string json = ReportJsonWriter.ToJsonString(Breakdown.Value.Groups[1]).Replace("\"participants\"", member + ", \"participants\"", StringComparison.Ordinal);
        ReportReadResult<Report> read = ReportJsonReader.Read(json);
        Assert.False(read.Success);
        Problem problem = Assert.Single(read.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(path, problem.Path);
    }

    [Fact]
    public void ASuppressedOverallReportIsAProblem()
    {
        string json = "{\"overall\":{\"format\":\"durable-employability/report\",\"version\":1,\"segment\":\"company\",\"suppressed\":true},\"groups\":[]}";
        ReportReadResult<BreakdownReport> read = ReportJsonReader.ReadBreakdown(json);
        Assert.False(read.Success);
        Problem problem = Assert.Single(read.Problems);
        Assert.Equal(ProblemCodes.JsonType, problem.Code);
        Assert.Equal("overall.suppressed", problem.Path);

        string notSuppressed = ReportJsonWriter.ToJsonString(Companies).Replace("\"participants\"", "\"suppressed\": false, \"participants\"", StringComparison.Ordinal);
        Assert.Equal(ReportJsonReader.Read(ReportJsonWriter.ToJsonString(Companies)).Value, ReportJsonReader.Read(notSuppressed).Value);
    }

    [Fact]
    public void AnImpossibleSdReadFromJsonGivesNoIntervalInsteadOfAnException()
    {
        string json = ReportJsonWriter.ToJsonString(Companies).Replace("\"sd\": 0.8771586754311458", "\"sd\": -1", StringComparison.Ordinal);
        Report read = ReportJsonReader.Read(json).GetValueOrThrow();
        Assert.Equal(-1, read.Tables.Opportunities.Items[0].Sd);
        using JsonDocument document = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(read, Analysis));
        JsonElement means = document.RootElement.GetProperty("analysis").GetProperty("statementMeans").GetProperty("opportunities");
        Assert.Equal(JsonValueKind.Null, means[0].GetProperty("ci").ValueKind);
        Assert.Equal(JsonValueKind.Object, means[1].GetProperty("ci").ValueKind);
    }

    [Fact]
    public void InvalidOptionsThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportJsonOptions { ConfidenceLevel = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportJsonOptions { ConfidenceLevel = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportJsonOptions { ConfidenceLevel = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportJsonOptions { MinGroupSize = -1 });
        Assert.Equal(0.95, ReportJsonOptions.Default.ConfidenceLevel);
        Assert.False(ReportJsonOptions.Default.IncludeAnalysis);
        Assert.Null(ReportJsonOptions.Default.MinGroupSize);
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (JsonProperty property in element.EnumerateObject())
            {
                foreach (JsonElement inner in Objects(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                foreach (JsonElement inner in Objects(item))
                {
                    yield return inner;
                }
            }
        }
    }
}
