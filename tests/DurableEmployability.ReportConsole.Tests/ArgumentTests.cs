using System;
using System.Text.Json;

namespace DurableEmployability.ReportConsole.Tests;

public class ArgumentTests
{
    [Theory]
    [InlineData("fout: onbekende optie '--foo'", "--foo")]
    [InlineData("error: unknown option '--foo'", "--lang", "en", "--foo")]
    [InlineData("error: invalid value 'xml' for --format: expected text, markdown or json", "--format", "xml", "--lang", "en")]
    [InlineData("error: invalid value 'sector' for --by: expected partner", "--lang", "en", "--by", "sector")]
    [InlineData("error: invalid value 'all' for --segment: expected company or self-employed", "--lang", "en", "--segment", "all")]
    [InlineData("fout: ongeldige waarde 'de' voor --lang: verwacht nl of en", "--lang", "de")]
    [InlineData("error: option '--format' needs a value", "--lang", "en", "--format")]
    [InlineData("error: invalid value '-1' for --min-group: expected a whole number ≥ 0", "--lang", "en", "--min-group", "-1")]
    [InlineData("error: invalid value '0' for --generate: expected a count from 1 to 50000000", "--lang", "en", "--generate", "0")]
    [InlineData("error: --input and --generate cannot be combined", "--lang", "en", "--input", "x.json", "--generate", "10")]
    [InlineData("error: --input and --generate cannot be combined", "--generate", "10", "--input", "-", "--lang", "en")]
    [InlineData("error: validate needs --input FILE", "validate", "--lang", "en")]
    [InlineData("error: validate cannot be combined with --format", "validate", "--input", "x.json", "--format", "json", "--lang", "en")]
    [InlineData("error: validate cannot be combined with --generate", "validate", "--generate", "5", "--input", "x.json", "--lang", "en")]
    [InlineData("error: validate cannot be combined with --by", "--lang", "en", "validate", "--input", "x.json", "--by", "partner")]
    [InlineData("error: 'validate' is given twice", "validate", "validate", "--input", "x.json", "--lang", "en")]
    [InlineData("error: --seed needs --generate", "--seed", "5", "--lang", "en")]
    [InlineData("error: option '--format' is given twice", "--format", "json", "--format", "text", "--lang", "en")]
    [InlineData("error: option '--input' needs a value", "--lang", "en", "--input")]
    [InlineData("error: option '--input' needs a value", "--input", "--format", "json", "--lang", "en")]
    [InlineData("error: option '--output' needs a value", "--lang", "en", "--output", "--analysis")]
    [InlineData("error: invalid value '' for --input: expected a file name or -", "--input=", "--lang", "en")]
    [InlineData("error: unknown argument 'report.json'", "--lang", "en", "report.json")]
    [InlineData("error: unknown argument '-x'", "--lang", "en", "-x")]
    [InlineData("error: unknown option '--Format'", "--lang", "en", "--Format", "json")]
    [InlineData("error: option '--analysis' takes no value", "--analysis=yes", "--lang", "en")]
    [InlineData("error: invalid value 'partners' for --by: expected partner", "--by=partners", "--lang=en")]
    [InlineData("error: invalid value '2.5' for --min-group: expected a whole number ≥ 0", "--lang", "en", "--min-group", "2.5")]
    [InlineData("error: invalid value 'many' for --generate: expected a count from 1 to 50000000", "--lang", "en", "--generate", "many")]
    [InlineData("error: invalid value '-3' for --seed: expected a whole number ≥ 0", "--lang", "en", "--generate", "5", "--seed", "-3")]
    [InlineData("fout: --input en --generate gaan niet samen (zie --help)", "--input", "x.json", "--generate", "10")]
    public void InvalidArgumentsExitWithCode2AndOneLine(string expected, params string[] args)
    {
        ConsoleResult result = ConsoleProcess.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(expected, line);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void HelpListsEveryOption()
    {
        ConsoleResult result = ConsoleProcess.Run("--help", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        foreach (string option in new[] { "--input", "--segment", "--by partner", "--format", "--lang", "--output", "--analysis", "--min-group", "--generate", "validate" })
        {
            Assert.Contains(option, result.Stdout);
        }
    }

    [Fact]
    public void GenerateAggregatesAReproducibleCohortAndReportsItsTime()
    {
        ConsoleResult first = ConsoleProcess.Run("--generate", "3000", "--seed", "7", "--format", "json", "--lang", "en");
        ConsoleResult second = ConsoleProcess.Run("--generate", "3000", "--seed", "7", "--format", "json");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Stdout, second.Stdout);
        using JsonDocument json = JsonDocument.Parse(first.Stdout);
        long participants = json.RootElement.GetProperty("participants").GetInt64();
        long incomplete = json.RootElement.GetProperty("excluded").GetProperty("incomplete").GetInt64();
        Assert.Equal(3000, participants + incomplete);
        Assert.Matches(@"^3,000 participants generated and aggregated in [0-9.]+ s\n$", first.Stderr);
    }

    [Fact]
    public void GenerateWithADifferentSeedGivesADifferentReport() =>
        Assert.NotEqual(
            ConsoleProcess.Run("--generate", "3000", "--seed", "7", "--format", "json").Stdout,
            ConsoleProcess.Run("--generate", "3000", "--seed", "8", "--format", "json").Stdout);

    [Fact]
    public void AnalysisIsShownOnRequestOutsideTheDefaultRun()
    {
        ConsoleResult plain = ConsoleProcess.Run("--generate", "2000", "--format", "markdown", "--lang", "en", "--segment", "company");
        ConsoleResult analysed = ConsoleProcess.Run("--generate", "2000", "--format", "markdown", "--lang", "en", "--segment", "company", "--analysis");
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.True(analysed.ExitCode == 0, analysed.ToString());
        Assert.DoesNotContain("Sign test", plain.Stdout);
        Assert.DoesNotContain("95% CI", plain.Stdout);
        Assert.Contains("Sign test (exact, two-sided): p", analysed.Stdout);
        Assert.Contains("95% CI", analysed.Stdout);
        Assert.Contains("Cronbach's α", analysed.Stdout);
        Assert.DoesNotContain("synthetic", plain.Stdout);
        Assert.Contains("records are synthetic", analysed.Stdout);
    }

    [Fact]
    public void OptionsAlsoTakeTheirValueAfterAnEqualsSign() =>
        Assert.Equal(
            ConsoleProcess.Cached("--format", "json", "--segment", "self-employed").Stdout,
            ConsoleProcess.Run("--format=json", "--segment=self-employed", "--lang=en").Stdout);

    [Fact]
    public void HelpIsOnStandardOutputAndExitsWith0()
    {
        ConsoleResult result = ConsoleProcess.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.StartsWith("Gebruik:", result.Stdout);
    }
}
