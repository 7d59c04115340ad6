using System;
using System.IO;
using System.Linq;
using DurableEmployability.Serialization;

namespace DurableEmployability.ReportConsole.Tests;

public sealed class OutputTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("report-console-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void OutputWritesTheReportToTheFileAndNothingToStandardOutput()
    {
        string path = Path.Combine(directory, "report.json");
        ConsoleResult result = ConsoleProcess.Run("--format", "json", "--output", path);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(ConsoleProcess.Cached("--format", "json").Stdout, File.ReadAllText(path));
        Assert.Equal(["report.json"], Directory.GetFiles(directory).Select(Path.GetFileName));
    }

    [Fact]
    public void OutputReplacesAnExistingFileCompletely()
    {
        string path = Path.Combine(directory, "report.md");
        File.WriteAllText(path, new string('x', 1_000_000));
        ConsoleResult result = ConsoleProcess.Run("--format", "markdown", "--output", path);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(ConsoleProcess.Cached("--format", "markdown", "--lang", "nl").Stdout, File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(directory));
    }

    [Fact]
    public void TextOutputToAFileHasNoColourCodes()
    {
        string path = Path.Combine(directory, "report.txt");
        ConsoleResult result = ConsoleProcess.Run("--segment", "company", "--output", path);
        Assert.True(result.ExitCode == 0, result.ToString());
        string text = File.ReadAllText(path);
        Assert.Contains("122", text);
        Assert.DoesNotContain("\u001b[", text);
    }

    [Fact]
    public void OutputIntoAMissingDirectoryExitsWith2AndWritesNothing()
    {
        string path = Path.Combine(directory, "missing", "report.json");
        ConsoleResult result = ConsoleProcess.Run("--format", "json", "--output", path, "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: cannot write '{path}': directory does not exist\n", result.Stderr);
        Assert.False(result.HasStackTrace);
        Assert.Empty(Directory.GetFileSystemEntries(directory));
    }

    [Fact]
    public void OutputOntoADirectoryExitsWith2()
    {
        ConsoleResult result = ConsoleProcess.Run("--format", "json", "--output", directory, "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: cannot write '{directory}': it is a directory\n", result.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(directory));
    }

    [Fact]
    public void ByPartnerJsonWrittenToAFileReadsBack()
    {
        string path = Path.Combine(directory, "partners.json");
        ConsoleResult result = ConsoleProcess.Run("--format", "json", "--by", "partner", "--output", path);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(18, ReportJsonReader.ReadBreakdown(File.ReadAllText(path)).Value!.Groups.Count);
    }
}
