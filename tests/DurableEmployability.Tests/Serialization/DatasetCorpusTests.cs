using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DurableEmployability.Catalog;
using DurableEmployability.Serialization;
using DurableEmployability.Validation;
using Xunit;

namespace DurableEmployability.Tests.Serialization;

/// <summary>
/// The corpus under <c>Data/</c>: every file of <c>bad/</c> has one defect, listed with its expected path, code and
/// severity in <c>bad/manifest.json</c> (made by <c>Data/make-corpus.py</c> from the spec example); every file of
/// <c>valid/</c> reads without errors.
/// </summary>
public sealed class DatasetCorpusTests
{
    public static TheoryData<string, string, string, string> BadFiles()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (JsonElement entry in Manifest())
        {
            data.Add(entry.GetProperty("file").GetString()!, entry.GetProperty("path").GetString()!, entry.GetProperty("code").GetString()!, entry.GetProperty("severity").GetString()!);
        }

        return data;
    }

    public static TheoryData<string, long, long> PositionedBadFiles()
    {
        var data = new TheoryData<string, long, long>();
        foreach (JsonElement entry in Manifest())
        {
            if (entry.TryGetProperty("line", out JsonElement line))
            {
                data.Add(entry.GetProperty("file").GetString()!, line.GetInt64(), entry.GetProperty("column").GetInt64());
            }
        }

        return data;
    }

    public static TheoryData<string> AllFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(DatasetReaderTests.DataPath("bad"), "*.json").Concat(Directory.GetFiles(DatasetReaderTests.DataPath("valid"), "*.json")).Order())
        {
            if (Path.GetFileName(file) != "manifest.json")
            {
                data.Add(Path.GetRelativePath(DatasetReaderTests.DataPath(), file));
            }
        }

        return data;
    }

    private static JsonElement[] Manifest()
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllBytes(DatasetReaderTests.DataPath("bad", "manifest.json")));
        return [.. manifest.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(DatasetReaderTests.DataPath("valid"), "*.json").Order())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void TheCorpusHasAtLeastFortyBadFilesAndEveryFileIsListed()
    {
        string[] files = Directory.GetFiles(DatasetReaderTests.DataPath("bad"), "*.json").Select(Path.GetFileName).Where(f => f != "manifest.json").ToArray()!;
        Assert.True(files.Length >= 40, $"{files.Length} bad files");
        Assert.Equal(files.Order(), BadFiles().Select(row => (string)row[0]).Order());
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void EachBadFileReportsItsDefectAndNothingElse(string file, string path, string code, string severity)
    {
        using FileStream stream = File.OpenRead(DatasetReaderTests.DataPath("bad", file));
        DatasetReadResult result = DatasetReader.Read(stream);
        IReadOnlyList<Problem> problems = result.Problems;
        Problem problem = Assert.Single(problems);
        Assert.Equal((path, code), (problem.Path, problem.Code));
        Assert.Equal(severity == "warning" ? ProblemSeverity.Warning : ProblemSeverity.Error, problem.Severity);
        Assert.Equal(severity == "warning", result.Success);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message(Language.English)));
        Assert.False(string.IsNullOrWhiteSpace(problem.Message(Language.Dutch)));
        if (code == ProblemCodes.JsonSyntax)
        {
            Assert.True(problem.Line >= 1 && problem.Column >= 1, $"line {problem.Line}, column {problem.Column}");
        }
    }

    [Theory]
    [MemberData(nameof(PositionedBadFiles))]
    public void PositionedProblemsGiveTheirLineAndColumn(string file, long line, long column)
    {
        using FileStream stream = File.OpenRead(DatasetReaderTests.DataPath("bad", file));
        Problem problem = Assert.Single(DatasetReader.Read(stream).Problems);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void EveryFileGivesTheSameProblemsReadByteByByteWithATinyBuffer(string file)
    {
        byte[] bytes = File.ReadAllBytes(DatasetReaderTests.DataPath(file));
        DatasetReadResult whole = DatasetReader.Read(new MemoryStream(bytes));
        DatasetReadResult trickled = DatasetReader.Read(new TrickleStream(bytes, 1), new DatasetReaderOptions { BufferSize = 16 });
        Assert.Equal(whole.Problems, trickled.Problems);
        Assert.Equal(whole.ValidPart, trickled.ValidPart);
        using DatasetStream streamed = DatasetReader.Open(new TrickleStream(bytes, 3), new DatasetReaderOptions { BufferSize = 16 });
        _ = streamed.Participants().Count();
        Assert.Equal(whole.Problems, streamed.Problems);
        Assert.Equal(whole.Success, streamed.Success);
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void EachValidFileReadsWithoutProblems(string file)
    {
        using FileStream stream = File.OpenRead(DatasetReaderTests.DataPath("valid", file));
        DatasetReadResult result = DatasetReader.Read(stream);
        Assert.True(result.Success, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
    }
}
