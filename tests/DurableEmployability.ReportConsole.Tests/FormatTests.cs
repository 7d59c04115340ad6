using System;
using System.Linq;
using System.Text.Json;
using DurableEmployability.Aggregation;
using DurableEmployability.Reference;
using DurableEmployability.Serialization;

namespace DurableEmployability.ReportConsole.Tests;

public class FormatTests
{
    [Fact]
    public void EnglishTextUsesEnglishLabelsAndDecimalPoints()
    {
        ConsoleResult result = ConsoleProcess.Cached("--lang", "en");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Companies (SMEs)", result.Stdout);
        Assert.Contains("Self-employed", result.Stdout);
        Assert.Contains("N = 476 participants", result.Stdout);
        string typeA = result.Stdout.Split('\n').First(line => line.Contains("│ A ", StringComparison.Ordinal));
        Assert.Contains("25.6", typeA);
        Assert.DoesNotContain("25,6", result.Stdout);
        Assert.Contains("Sign test", result.Stdout);
    }

    [Theory]
    [InlineData("nl", "| A | 122 | 25,6 |", "### Groei in de typologie")]
    [InlineData("en", "| A | 122 | 25.6 |", "### Growth in the typology")]
    public void MarkdownRendersTablesAndTextBars(string language, string typeARow, string growthHeading)
    {
        ConsoleResult result = ConsoleProcess.Cached("--format", "markdown", "--lang", language);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("# DurableEmployability", result.Stdout);
        Assert.Contains(typeARow, result.Stdout);
        Assert.Contains(growthHeading, result.Stdout);
        Assert.Contains("| --- |", result.Stdout);
        Assert.Contains("█", result.Stdout);
        Assert.DoesNotContain("│", result.Stdout);
    }

    [Fact]
    public void JsonIsTheReportFormatWithThePublishedCounts()
    {
        ConsoleResult result = ConsoleProcess.Cached("--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        Assert.Equal("durable-employability/report", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("company", root.GetProperty("segment").GetString());
        Assert.Equal(476, root.GetProperty("participants").GetInt32());
        JsonElement start = root.GetProperty("tables").GetProperty("typologyStart");
        Assert.Equal(122, start.GetProperty("rows")[0].GetProperty("count").GetInt32());
        Assert.Equal(355, root.GetProperty("tables").GetProperty("growth").GetProperty("grew").GetProperty("count").GetInt32());
        Assert.False(root.TryGetProperty("group", out _));
        Assert.True(ReportJsonReader.Read(result.Stdout).Success);
    }

    [Fact]
    public void JsonDoesNotDependOnTheLanguage() =>
        Assert.Equal(ConsoleProcess.Cached("--format", "json").Stdout, ConsoleProcess.Cached("--format", "json", "--lang", "en").Stdout);

    [Fact]
    public void JsonOfTheSelfEmployedHas28Participants()
    {
        ConsoleResult result = ConsoleProcess.Cached("--format", "json", "--segment", "self-employed");
        Assert.True(result.ExitCode == 0, result.ToString());
        Report report = ReportJsonReader.Read(result.Stdout).Value!;
        Assert.Equal(Catalog.Segment.SelfEmployed, report.Segment);
        Assert.Equal(28, report.Participants);
    }

    [Fact]
    public void JsonByPartnerHasOneReportPerPartnerInDatasetOrder()
    {
        ConsoleResult result = ConsoleProcess.Cached("--format", "json", "--by", "partner");
        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement groups = json.RootElement.GetProperty("groups");
        Assert.Equal(18, groups.GetArrayLength());
        Assert.Equal(476, json.RootElement.GetProperty("overall").GetProperty("participants").GetInt32());
        Assert.Equal(
            Phase1Reconstruction.Partners.Select(p => p.Code),
            groups.EnumerateArray().Select(g => g.GetProperty("group").GetProperty("key").GetString()));
        Assert.All(groups.EnumerateArray(), g => Assert.Equal("partner", g.GetProperty("group").GetProperty("by").GetString()));
        Assert.Equal(476, groups.EnumerateArray().Sum(g => g.GetProperty("participants").GetInt32()));
        Assert.True(ReportJsonReader.ReadBreakdown(result.Stdout).Success);
    }

    [Fact]
    public void TextByPartnerShowsTheOverallReportThenEveryPartner()
    {
        ConsoleResult result = ConsoleProcess.Cached("--by", "partner", "--segment", "company", "--lang", "en");
        Assert.True(result.ExitCode == 0, result.ToString());
        int overall = result.Stdout.IndexOf("── Companies (SMEs) ──", StringComparison.Ordinal);
        Assert.True(overall >= 0, "overall report missing");
        foreach (var partner in Phase1Reconstruction.Partners)
        {
            int at = result.Stdout.IndexOf("Companies (SMEs) — partner " + partner.Code, StringComparison.Ordinal);
            Assert.True(at > overall, $"partner {partner.Code} missing or before the overall report");
        }

        Assert.DoesNotContain("Self-employed", result.Stdout);
    }

    [Fact]
    public void MinGroupSuppressesSmallPartnersButNeverTheOverallReport()
    {
        ConsoleResult result = ConsoleProcess.Cached("--by", "partner", "--segment", "company", "--format", "markdown", "--lang", "en", "--min-group", "30");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("N = 476 participants", result.Stdout);
        int small = Phase1Reconstruction.Participants
            .Where(p => p.IsComplete && p.Segment == Catalog.Segment.Company)
            .GroupBy(p => p.Partner)
            .Count(g => g.Count() < 30);
        small += Phase1Reconstruction.Partners.Count(p => !Phase1Reconstruction.Participants.Any(q => q.Partner == p.Code && q.IsComplete && q.Segment == Catalog.Segment.Company));
        Assert.True(small > 0);
        Assert.Equal(small, CountOf(result.Stdout, "Suppressed: fewer than 30 participants"));
    }

    [Fact]
    public void SegmentSelectsOneReport()
    {
        ConsoleResult result = ConsoleProcess.Cached("--segment", "self-employed", "--format", "markdown");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("## ZZP-ers", result.Stdout);
        Assert.DoesNotContain("## Bedrijven", result.Stdout);
        Assert.Contains("N = 28 deelnemers", result.Stdout);
    }

    [Fact]
    public void JsonCarriesTheAnalysisOnlyWhenAsked()
    {
        using JsonDocument plain = JsonDocument.Parse(ConsoleProcess.Cached("--format", "json").Stdout);
        Assert.False(plain.RootElement.TryGetProperty("analysis", out _));
        ConsoleResult result = ConsoleProcess.Cached("--format", "json", "--analysis");
        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement change = json.RootElement.GetProperty("analysis").GetProperty("typologyChange");
        Assert.Equal(355, change.GetProperty("improved").GetInt32());
        Assert.Equal(7, change.GetProperty("declined").GetInt32());
        Assert.True(change.GetProperty("signTest").GetProperty("p").GetDouble() < 1e-90);
        JsonElement typeA = json.RootElement.GetProperty("tables").GetProperty("typologyStart").GetProperty("rows")[0];
        Assert.InRange(typeA.GetProperty("ci").GetProperty("low").GetDouble(), 21.8, 22.0);
    }

    [Fact]
    public void JsonMinGroupMarksSmallPartnersSuppressedWithoutCounts()
    {
        ConsoleResult result = ConsoleProcess.Cached("--format", "json", "--by", "partner", "--min-group", "20");
        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.False(json.RootElement.GetProperty("overall").TryGetProperty("suppressed", out _));
        JsonElement[] groups = [.. json.RootElement.GetProperty("groups").EnumerateArray()];
        Assert.Equal(18, groups.Length);
        JsonElement[] suppressed = [.. groups.Where(g => g.TryGetProperty("suppressed", out JsonElement s) && s.GetBoolean())];
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, g => Assert.False(g.TryGetProperty("tables", out _)));
        Assert.All(groups.Except(suppressed), g => Assert.True(g.GetProperty("participants").GetInt32() >= 20));
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
