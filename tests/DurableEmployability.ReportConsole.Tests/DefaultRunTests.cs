using System;
using System.Linq;

namespace DurableEmployability.ReportConsole.Tests;

public class DefaultRunTests
{
    private static ConsoleResult Default => ConsoleProcess.Cached();

    [Fact]
    public void DefaultRunSucceedsWithoutErrors()
    {
        Assert.True(Default.ExitCode == 0, Default.ToString());
        Assert.Equal(string.Empty, Default.Stderr);
    }

    [Fact]
    public void DefaultRunShowsThePublishedTypologyInDutch()
    {
        string text = Default.Stdout;
        Assert.Contains("N = 476 deelnemers", text);
        string typeA = text.Split('\n').First(line => line.Contains("│ A ", StringComparison.Ordinal));
        Assert.Contains("122", typeA);
        Assert.Contains("25,6", typeA);
        Assert.Contains("2,5", typeA);
        Assert.Contains("Typologie van duurzame inzetbaarheid", text);
        Assert.DoesNotContain("25.6", text);
    }

    [Fact]
    public void DefaultRunShowsBarChartsForStartAndEnd()
    {
        string text = Default.Stdout;
        Assert.Contains("Start (monitor 1), %", text);
        Assert.Contains("Eind (monitor 3), %", text);
        string chartLine = text.Split('\n').First(line => line.Contains("Start (monitor 1), %", StringComparison.Ordinal) && line.Contains("Eind (monitor 3), %", StringComparison.Ordinal));
        Assert.NotNull(chartLine);
        Assert.Contains("█", text);
    }

    [Fact]
    public void DefaultRunShowsEveryPrintedTableThenTheSelfEmployed()
    {
        string text = Default.Stdout;
        string[] inOrder =
        [
            "Bedrijven (mkb)", "Groei in de typologie", "Aspecten van duurzame inzetbaarheid", "Opbrengsten (kansen)",
            "Aanknopingspunten voor het vervolg", "Vervolg na het project", "Krijgen de acties een vervolg?",
            "Waardering voor de kwaliteit", "Rapportcijfer", "Analyse:", "ZZP-ers",
        ];
        int position = 0;
        foreach (string heading in inOrder)
        {
            int found = text.IndexOf(heading, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{heading}' missing or out of order");
            position = found;
        }

        Assert.Contains("N = 28 deelnemers", text);
        Assert.Contains("Gemiddeld cijfer │ 7,8", text);
    }

    [Fact]
    public void DefaultRunShowsTheChangeInTypologyAnalysis()
    {
        string text = Default.Stdout;
        Assert.Contains("355 / 114 / 7", text);
        Assert.Contains("3,3·10^−95", text);
        Assert.Contains("Wilcoxon", text);
        Assert.Contains("Cronbachs α", text);
    }

    [Fact]
    public void DefaultRunHasNoColourCodesWhenRedirected() => Assert.DoesNotContain("\u001b[", Default.Stdout);

    [Fact]
    public void ContinuationPercentagesAreOfAllParticipantsAsInTable16()
    {
        // Table 16: every percentage is of the 476 companies, also those of the form and support answered by the 435 continuing.
        string[] lines = Default.Stdout.Split('\n');
        Assert.Contains("79,8", lines.First(line => line.Contains("│   Doorgaan ", StringComparison.Ordinal)));
        Assert.Contains("9,0", lines.First(line => line.Contains("│   Nieuwe activiteiten ", StringComparison.Ordinal)));
        string[] support = [.. lines.SkipWhile(line => !line.Contains("Ondersteuning gewenst", StringComparison.Ordinal)).Skip(1).Take(2)];
        Assert.Contains("│  81 │ 17,0 │", support[0]);
        Assert.Contains("│  51 │ 10,7 │", support[1]);
    }
}
