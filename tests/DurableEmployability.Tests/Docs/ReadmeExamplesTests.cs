using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Reference;
using DurableEmployability.Serialization;
using DurableEmployability.Trajectories;
using DurableEmployability.Scales;
using DurableEmployability.Typology;
using DurableEmployability.Validation;
using NodaTime;
using Xunit;

namespace DurableEmployability.Tests.Docs;

/// <summary>
/// The README's C# examples, compiled and run as written. <see cref="EveryReadmeExampleIsCompiledHere"/> checks that
/// each <c>```csharp</c> block of README.md appears, line for line, in this file or in the consumer test's
/// Program.cs (which CI builds against the packed package), so the README cannot drift from the API.
/// </summary>
public class ReadmeExamplesTests
{
    [Fact]
    public void EveryReadmeExampleIsCompiledHere()
    {
        string root = RepositoryRoot();
        string[] sources =
        [
            File.ReadAllText(Path.Combine(root, "tests", "DurableEmployability.Tests", "Docs", "ReadmeExamplesTests.cs")),
            File.ReadAllText(Path.Combine(root, "tests", "consumer", "template", "Program.cs")),
        ];
        List<string> blocks = CSharpBlocks(File.ReadAllText(Path.Combine(root, "README.md")));
        Assert.NotEmpty(blocks);
        foreach (string block in blocks)
        {
            string[] wanted = Lines(block);
            Assert.True(Array.Exists(sources, source => ContainsRun(Lines(source), wanted)),
                "This README example is not compiled by any test (copy it into ReadmeExamplesTests.cs):\n" + block);
        }
    }

    [Fact]
    public void CatalogueAndTypologyExample()
    {
        SegmentCatalog company = DiCatalog.Company;
        Console.WriteLine(company.Indicators.Count);                    // 31
        Aspect organisation = company.Aspects.Get("organisation");
        Console.WriteLine(organisation.Label.Get(Language.Dutch));      // Organisatie

        var lookup = DiCatalog.SelfEmployed.Opportunities.Lookup("policy");
        Console.WriteLine(lookup.Message(Language.English));
        // 'policy' is not an opportunity statement for the self-employed segment, only for the company segment; …

        TypologyGrowth growth = TypologyStep.Parse("AB").GrowthTo(TypologyStep.BC);
        Console.WriteLine($"{growth} {growth.Class}");                  // 2 Grew

        Assert.Equal(31, company.Indicators.Count);
        Assert.Equal("Organisatie", organisation.Label.Get(Language.Dutch));
        Assert.False(lookup.Success);
        Assert.StartsWith("'policy' is not an opportunity statement for the self-employed segment, only for the company segment; valid codes are: ", lookup.Message(Language.English), StringComparison.Ordinal);
        Assert.Equal("2 Grew", $"{growth} {growth.Class}");
    }

    [Fact]
    public void DatasetReadExample()
    {
        string path = Serialization.DatasetReaderTests.DataPath("bad", "monitor3-rating-six.json");

        using FileStream file = File.OpenRead(path);
        DatasetReadResult result = DatasetReader.Read(file, new DatasetReaderOptions { MaxProblems = 1000 });
        foreach (Problem problem in result.Problems)
        {
            Console.Error.WriteLine(problem.ToString(Language.English));
            // error participants[0].monitor3.opportunities.policy: rating-range: 6 is not a rating; ratings are integers 1…5.
        }

        if (result.Success)
        {
            Dataset dataset = result.Dataset;   // every participant, validated
        }

        Problem first = Assert.Single(result.Problems);
        Assert.Equal("participants[0].monitor3.opportunities.policy", first.Path);
        Assert.Equal(ProblemCodes.RatingRange, first.Code);
        Assert.False(result.Success);
    }

    [Fact]
    public void DatasetStreamExample()
    {
        using FileStream input = File.OpenRead(Serialization.DatasetReaderTests.DataPath("valid", "spec-example.json"));
        var accumulator = new ReportAccumulator(new ReportOptions(Segment.Company));

        // Millions of participants: stream them, one at a time, in bounded memory.
        using DatasetStream stream = DatasetReader.Open(input);
        foreach (Participant participant in stream.Participants())
        {
            accumulator.Add(participant);   // only valid participants are yielded
        }

        if (!stream.Success)
        {
            Console.Error.WriteLine($"{stream.ErrorCount} errors, first: {stream.Problems[0]}");
        }

        Assert.True(stream.Success);
        Assert.Equal(1, accumulator.ToReport().Participants);
    }

    [Fact]
    public void DatasetAggregateExample()
    {
        using FileStream input = File.OpenRead(Serialization.DatasetReaderTests.DataPath("valid", "spec-example.json"));

        // Read + aggregate (overall and per partner) without rich records; the same problems as streaming.
        DatasetAggregateResult<GroupedReportAccumulator> read = DatasetReader.AggregateByPartner(input, new ReportOptions(Segment.Company));
        BreakdownReport breakdown = read.Accumulator.ToReport();
        Console.WriteLine($"{read.ParticipantCount} participants, {read.ErrorCount} errors");

        Assert.True(read.Success);
        Assert.Equal(1, breakdown.Overall.Participants);
    }

    [Fact]
    public void DatasetInCodeExample()
    {
        SegmentCatalog company = DiCatalog.Company;
        var participant = new Participant("SVH-0001", "SVH", Segment.Company)
        {
            Registration = new Registration { Headcount = 12, Sector = "hospitality" },
            Monitor1 = new Monitor1(new LocalDate(2015, 6, 15), TypologyStep.AB),
            Monitor2 = new Monitor2(new LocalDate(2015, 11, 2)),
            Monitor3 = new Monitor3(new LocalDate(2016, 5, 20), TypologyStep.BC)
            {
                Aspects = AspectSet.Create([company.Aspects.Get("organisation")]),
                Actions = [new ImprovementAction(company.Indicators.Get("support-awareness"), FollowUp.Yes)],
                Opportunities = StatementRatings.Create([new(company.Opportunities.Get("awareness"), Rating.FromValue(4))]),
                Grade = Grade.FromValue(8),
            },
        };

        // The same rules as the reader, with the same paths.
        ValueArray<Problem> problems = ParticipantValidator.Check(participant, "participants[0]");
        Console.WriteLine(problems.Count);                              // 0

        var dataset = new Dataset([new Partner("SVH", "Stichting Vakbekwaamheid Horeca")], [participant]);
        using var output = new MemoryStream();
        DatasetWriter.Write(output, dataset);                           // deterministic: same values, same bytes

        output.Position = 0;
        Console.WriteLine(DatasetReader.Read(output).Dataset == dataset); // True: the round trip is lossless

        Assert.Empty(problems);
        Assert.True(participant.IsComplete);
        output.Position = 0;
        Assert.Equal(dataset, DatasetReader.Read(output).Dataset);
    }

    [Fact]
    public void ReportFormatExample()
    {
        Dataset dataset = Phase1Reconstruction.Dataset;

        var accumulator = new ReportAccumulator(new ReportOptions(Segment.Company));
        accumulator.AddRange(dataset.Participants);
        Report report = accumulator.ToReport();

        string json = ReportJsonWriter.ToJsonString(report);           // "format": "durable-employability/report"
        ReportReadResult<Report> back = ReportJsonReader.Read(json);   // never throws for bad data
        Console.WriteLine(back.Value?.Tables == report.Tables);       // True: every table reads back equal

        var grouped = GroupedReportAccumulator.ByPartner(new ReportOptions(Segment.Company), dataset.Partners);
        grouped.AddRange(dataset.Participants);
        BreakdownReport breakdown = grouped.ToReport();                // overall + one report per partner
        string perPartner = ReportJsonWriter.ToJsonString(breakdown);

        Assert.Equal(476, report.Participants);
        Assert.True(back.Success);
        Assert.Equal(report.Tables, back.Value!.Tables);
        Assert.Equal(18, breakdown.Groups.Count);
        Assert.StartsWith("{", perPartner, StringComparison.Ordinal);
    }

    [Fact]
    public void ScalingOutExample()
    {
        Dataset dataset = Phase1Reconstruction.Dataset;

        var options = new ReportOptions(Segment.Company);

        // 1. Each machine aggregates its shard and sends the state as JSON text.
        List<string> states = [];
        foreach (Participant[] shard in dataset.Participants.Chunk(100))
        {
            var part = new ReportAccumulator(options);
            part.Add(shard);
            states.Add(part.ToState().ToJson());
        }

        // 2. The coordinator merges the states, in any order.
        var total = new ReportAccumulator(options);
        foreach (string state in states)
        {
            ReportReadResult<AccumulatorState> read = AccumulatorState.FromJson(state);
            if (!read.Success)
            {
                throw new InvalidDataException(string.Join("; ", read.Problems));
            }

            total.Merge(ReportAccumulator.FromState(read.Value));
        }

        Report report = total.ToReport();   // equal to aggregating every participant in one pass

        var single = new ReportAccumulator(options);
        single.AddRange(dataset.Participants);
        Assert.True(states.Count > 1);
        Assert.Equal(single.ToReport(), report);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DurableEmployability.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (DurableEmployability.sln) was not found.");
    }

    private static List<string> CSharpBlocks(string markdown)
    {
        List<string> blocks = [];
        string[] lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            int start = ++i;
            while (i < lines.Length && lines[i].Trim() != "```")
            {
                i++;
            }

            blocks.Add(string.Join("\n", lines[start..i]));
        }

        return blocks;
    }

    private static string[] Lines(string text) =>
        Array.FindAll(Array.ConvertAll(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'), l => l.Trim()), l => l.Length > 0);

    private static bool ContainsRun(string[] haystack, string[] needle)
    {
        for (int start = 0; start + needle.Length <= haystack.Length; start++)
        {
            int k = 0;
            while (k < needle.Length && haystack[start + k] == needle[k])
            {
                k++;
            }

            if (k == needle.Length)
            {
                return true;
            }
        }

        return false;
    }
}
