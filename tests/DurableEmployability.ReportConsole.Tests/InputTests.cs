using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DurableEmployability.Aggregation;
using DurableEmployability.Serialization;

namespace DurableEmployability.ReportConsole.Tests;

public sealed class InputTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("report-console-input-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Data(string name) => Path.Combine(ConsoleProcess.DataDirectory, name);

    [Fact]
    public void InputFileIsReportedAsTheReportJson()
    {
        ConsoleResult result = ConsoleProcess.Cached("--input", Data("valid.json"), "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("company", json.RootElement.GetProperty("segment").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("participants").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("excluded").GetProperty("incomplete").GetInt32());
        Assert.True(ReportJsonReader.Read(result.Stdout).Success);
    }

    [Fact]
    public void InputFileGivesTheLibrarysReport()
    {
        using FileStream file = File.OpenRead(Data("valid.json"));
        DatasetReadResult read = DatasetReader.Read(file);
        var accumulator = new ReportAccumulator(new ReportOptions(Catalog.Segment.SelfEmployed));
        accumulator.AddRange(read.Dataset!.Participants);
        ConsoleResult result = ConsoleProcess.Run("--input", Data("valid.json"), "--format", "json", "--segment", "self-employed");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(ReportJsonWriter.ToJsonString(accumulator.ToReport()) + "\n", result.Stdout);
    }

    [Fact]
    public void DashReadsStandardInput()
    {
        ConsoleResult result = ConsoleProcess.RunWithInput(File.ReadAllText(Data("valid.json")), "--input", "-", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(ConsoleProcess.Cached("--input", Data("valid.json"), "--format", "json").Stdout, result.Stdout);
    }

    [Fact]
    public void InvalidStandardInputNamesNoFileAndExitsWith2()
    {
        ConsoleResult result = ConsoleProcess.RunWithInput("{ \"format\": ", "--input", "-", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("error $ (line 1, column", result.Stderr);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void TextAndMarkdownOfAnInputShowBothSegmentsWithoutTheSyntheticNote()
    {
        ConsoleResult result = ConsoleProcess.Run("--input", Data("valid.json"), "--format", "markdown", "--lang", "en");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("## Companies (SMEs)", result.Stdout);
        Assert.Contains("## Self-employed", result.Stdout);
        Assert.Contains("N = 2 participants with all monitors; 1 incomplete ones left out.", result.Stdout);
        Assert.DoesNotContain("synthetic", result.Stdout);
        Assert.DoesNotContain("Sign test", result.Stdout);
    }

    [Fact]
    public void ByPartnerListsEveryPartnerInDatasetOrderAlsoWithoutCompleteParticipants()
    {
        ConsoleResult result = ConsoleProcess.Cached("--input", Data("valid.json"), "--format", "json", "--by", "partner");
        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement[] groups = [.. json.RootElement.GetProperty("groups").EnumerateArray()];
        Assert.Equal(["SVH", "VHG"], groups.Select(g => g.GetProperty("group").GetProperty("key").GetString()));
        Assert.Equal(2, groups[0].GetProperty("participants").GetInt32());
        Assert.Equal(1, groups[0].GetProperty("excluded").GetProperty("incomplete").GetInt32());
        Assert.Equal(0, groups[1].GetProperty("participants").GetInt32());
        Assert.Equal(0, groups[1].GetProperty("excluded").GetProperty("incomplete").GetInt32());
        foreach (JsonProperty table in groups[1].GetProperty("tables").EnumerateObject())
        {
            if (table.Value.TryGetProperty("n", out JsonElement n))
            {
                Assert.Equal(0, n.GetInt32());
            }
        }

        Assert.True(ReportJsonReader.ReadBreakdown(result.Stdout).Success);
    }

    [Fact]
    public void ByPartnerKeepsTheDatasetsPartnerOrderWhenPartnersComeAfterParticipants()
    {
        // Partners listed last, in an order that is neither ordinal nor the order in which participants name them.
        JsonObject dataset = JsonNode.Parse(File.ReadAllText(Data("valid.json")))!.AsObject();
        JsonArray partners = dataset["partners"]!.AsArray();
        var reordered = new JsonArray(partners[1]!.DeepClone(), partners[0]!.DeepClone(), new JsonObject { ["code"] = "AAA", ["name"] = "Nobody" });
        var document = new JsonObject
        {
            ["format"] = dataset["format"]!.DeepClone(),
            ["version"] = dataset["version"]!.DeepClone(),
            ["participants"] = dataset["participants"]!.DeepClone(),
            ["partners"] = reordered,
        };
        string path = Path.Combine(directory, "partners-last.json");
        File.WriteAllText(path, document.ToJsonString());

        ConsoleResult result = ConsoleProcess.Run("--input", path, "--format", "json", "--by", "partner");
        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(
            ["VHG", "SVH", "AAA"],
            json.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetProperty("key").GetString()));
        Assert.Equal(2, json.RootElement.GetProperty("groups")[1].GetProperty("participants").GetInt32());
    }

    [Theory]
    [InlineData("bad-rating.json", "error participants[0].monitor3.opportunities.policy: rating-range: ")]
    [InlineData("bad-typology.json", "error participants[0].monitor1.typology: unknown-code: ")]
    [InlineData("bad-partner.json", "error participants[1].partner: unknown-partner: ")]
    [InlineData("bad-dates.json", "error participants[1].monitor3.date: dates-out-of-order: ")]
    [InlineData("bad-segment.json", "error participants[3].monitor3.opportunities.policy: code-other-segment: ")]
    [InlineData("bad-version.json", "error version: unknown-version: ")]
    [InlineData("bad-syntax.json", "error partners[1] (line 4, column 49): json-syntax: ")]
    [InlineData("empty.json", "error $ (line 1, column 1): json-syntax: ")]
    [InlineData("not-json.txt", "error $ (line 1, column 2): json-syntax: ")]
    public void InvalidInputExitsWith2AndPrintsTheProblemWithItsPath(string file, string expected)
    {
        foreach (string[] args in new[] { new[] { "--input", Data(file), "--lang", "en" }, ["--input", Data(file), "--lang", "en", "--format", "json"], ["validate", "--input", Data(file), "--lang", "en"] })
        {
            ConsoleResult result = ConsoleProcess.Run(args);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal(string.Empty, result.Stdout);
            string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith(expected, line);
            Assert.False(result.HasStackTrace);
        }
    }

    [Fact]
    public void ProblemsAreInTheLanguageAsked()
    {
        ConsoleResult result = ConsoleProcess.Run("--input", Data("bad-rating.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("fout participants[0].monitor3.opportunities.policy: rating-range: ", result.Stderr);
    }

    [Fact]
    public void EveryProblemIsPrintedNotOnlyTheFirstHundred()
    {
        JsonObject dataset = JsonNode.Parse(File.ReadAllText(Data("valid.json")))!.AsObject();
        JsonNode template = dataset["participants"]![0]!;
        var participants = new JsonArray();
        for (int i = 0; i < 150; i++)
        {
            JsonNode participant = template.DeepClone();
            participant["id"] = $"P{i}";
            participant["monitor3"]!["grade"] = 11;
            participants.Add(participant);
        }

        dataset["participants"] = participants;
        string path = Path.Combine(directory, "many.json");
        File.WriteAllText(path, dataset.ToJsonString());
        ConsoleResult result = ConsoleProcess.Run("validate", "--input", path, "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        string[] lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(150, lines.Length);
        Assert.All(lines, (line, i) => Assert.StartsWith($"error participants[{i}].monitor3.grade: ", line));
    }

    [Fact]
    public void ValidateOfAValidDatasetExitsWith0AndSaysSo()
    {
        ConsoleResult result = ConsoleProcess.Run("validate", "--input", Data("valid.json"), "--lang", "en");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal($"valid: {Data("valid.json")}: 2 partners, 4 participants, 0 warnings\n", result.Stdout);
    }

    [Fact]
    public void ValidatePrintsWarningsButExitsWith0()
    {
        ConsoleResult result = ConsoleProcess.Run("--lang", "en", "validate", "--input", Data("warning-action-aspect.json"));
        Assert.True(result.ExitCode == 0, result.ToString());
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warning participants[0].monitor3.actions[2]: action-aspect-not-worked-on: ", line);
        Assert.EndsWith("1 warning\n", result.Stdout);
    }

    [Fact]
    public void AReportOfADatasetWithWarningsPrintsThemOnStandardErrorOnly()
    {
        ConsoleResult result = ConsoleProcess.Run("--input", Data("warning-action-aspect.json"), "--format", "json", "--lang", "en");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("warning participants[0].monitor3.actions[2]: action-aspect-not-worked-on:", result.Stderr);
        Assert.True(ReportJsonReader.Read(result.Stdout).Success);
    }

    [Fact]
    public void ValidateReadsStandardInput()
    {
        ConsoleResult result = ConsoleProcess.RunWithInput(File.ReadAllText(Data("bad-rating.json")), "validate", "--input", "-", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error participants[0].monitor3.opportunities.policy: rating-range:", result.Stderr);
    }

    [Fact]
    public void AnInvalidInputWritesNoOutputFile()
    {
        string path = Path.Combine(directory, "report.json");
        ConsoleResult result = ConsoleProcess.Run("--input", Data("bad-rating.json"), "--format", "json", "--output", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(directory));
    }

    [Fact]
    public void AMissingInputFileExitsWith2WithOneLine()
    {
        string path = Path.Combine(directory, "missing.json");
        ConsoleResult result = ConsoleProcess.Run("--input", path, "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: cannot read '{path}': file not found\n", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
        ConsoleResult validate = ConsoleProcess.Run("validate", "--input", path, "--lang", "en");
        Assert.Equal(2, validate.ExitCode);
        Assert.Equal(result.Stderr, validate.Stderr);
    }

    [Fact]
    public void ADirectoryAsInputExitsWith2()
    {
        ConsoleResult result = ConsoleProcess.Run("--input", directory, "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: cannot read '{directory}': it is a directory\n", result.Stderr);
    }

    [Fact]
    public void AByteOrderMarkIsAccepted()
    {
        string path = Path.Combine(directory, "bom.json");
        File.WriteAllText(path, File.ReadAllText(Data("valid.json")), new UTF8Encoding(true));
        ConsoleResult result = ConsoleProcess.Run("--input", path, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(ConsoleProcess.Cached("--input", Data("valid.json"), "--format", "json").Stdout, result.Stdout);
    }

    [Fact]
    public void ProgressIsNotShownWhenStandardErrorIsRedirected()
    {
        // 3,000 participants: enough for progress reports, which must not appear in a redirected standard error.
        JsonObject dataset = JsonNode.Parse(File.ReadAllText(Data("valid.json")))!.AsObject();
        JsonNode template = dataset["participants"]![0]!;
        var participants = new JsonArray();
        for (int i = 0; i < 3000; i++)
        {
            JsonNode participant = template.DeepClone();
            participant["id"] = $"P{i}";
            participants.Add(participant);
        }

        dataset["participants"] = participants;
        string path = Path.Combine(directory, "large.json");
        File.WriteAllText(path, dataset.ToJsonString());
        ConsoleResult result = ConsoleProcess.Run("--input", path, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(3000, json.RootElement.GetProperty("participants").GetInt32());
        ConsoleResult validate = ConsoleProcess.Run("validate", "--input", path);
        Assert.Equal(string.Empty, validate.Stderr);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("nl-NL")]
    [InlineData("ar-SA")]
    public void OutputDoesNotDependOnTheOperatingSystemsCulture(string culture)
    {
        var environment = new Dictionary<string, string> { ["LC_ALL"] = culture.Replace('-', '_') + ".UTF-8", ["LANG"] = culture.Replace('-', '_') + ".UTF-8" };
        foreach (string[] args in new[] { Array.Empty<string>(), ["--format", "json", "--analysis"], ["--lang", "en", "--format", "markdown"], ["--input", Data("valid.json"), "--format", "json", "--by", "partner"] })
        {
            ConsoleResult invariant = ConsoleProcess.Cached(args);
            ConsoleResult local = ConsoleProcess.RunWith(null, environment, args);
            Assert.True(local.ExitCode == 0, local.ToString());
            Assert.Equal(invariant.Stdout, local.Stdout);
        }
    }
}
