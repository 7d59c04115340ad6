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
}
