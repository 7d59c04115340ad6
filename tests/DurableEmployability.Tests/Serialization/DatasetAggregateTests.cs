using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Generation;
using DurableEmployability.Reference;
using DurableEmployability.Serialization;
using DurableEmployability.Tests.Generators;
using DurableEmployability.Trajectories;
using DurableEmployability.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Serialization;

/// <summary>
/// <see cref="DatasetReader.Aggregate"/> and <see cref="DatasetReader.AggregateByPartner"/> (the compact fast path with
/// fallback to the full reader) against streaming with <see cref="DatasetReader.Open"/> and adding every yielded
/// participant to an accumulator: the same problems (code, path, value, arguments, line and column, in order), the same
/// counts and the same accumulator state.
/// </summary>
public sealed class DatasetAggregateTests
{
    private static readonly DatasetReaderOptions SmallBuffer = new() { BufferSize = 16 };

    private static readonly ReportOptions[] AllOptions = [new(Segment.Company), new(Segment.SelfEmployed)];

    [Property(MaxTest = 30)]
    public Property GeneratedCohortsAggregateAsStreaming() =>
        Prop.ForAll(Gen.Choose(0, 3000).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (count, seed) =>
        {
            byte[] bytes = CohortJson(count, (ulong)seed);
            return Same(bytes, null);
        });

    [Fact]
    public void GeneratedCohortsTakeTheFastPath()
    {
        byte[] bytes = CohortJson(5000, 7);
        using var parser = new DatasetParser(new MemoryStream(bytes), null);
        var builder = new CompactBatchBuilder();
        parser.UseCompact(builder, int.MaxValue);
        long slow = 0;
        while (true)
        {
            DatasetParser.Step step = parser.Next(out Participant? participant);
            if (step == DatasetParser.Step.Participant)
            {
                slow++;
            }
            else if (step == DatasetParser.Step.NeedMore)
            {
                parser.Refill();
            }
            else
            {
                break;
            }
        }

        Assert.True(parser.Completed);
        Assert.Equal(0, parser.Problems.ErrorCount);
        Assert.Equal(5000, slow + parser.CompactCount);
        Assert.True(parser.CompactCount >= 4900, $"{parser.CompactCount} of 5000 on the fast path");
    }

    [Property(MaxTest = 100)]
    public Property RandomDatasetsAggregateAsStreaming() =>
        Prop.ForAll(DatasetGen.DatasetArbitrary(), Gen.Elements(false, true).ToArbitrary(), (dataset, small) =>
            Same(DatasetWriter.ToUtf8Bytes(dataset), small ? SmallBuffer : null, small ? 7 : 0));

    [Property(MaxTest = 300)]
    public Property MutatedDatasetsAggregateAsStreaming() =>
        Prop.ForAll(DatasetGen.Dataset().Where(d => d.Participants.Count > 0).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (dataset, seed) =>
        {
            JsonObject root = JsonNode.Parse(DatasetWriter.ToUtf8Bytes(dataset))!.AsObject();
            var participants = root["participants"]!.AsArray();
            int index = seed % participants.Count;
            JsonObject participant = participants[index]!.AsObject();
            List<(string Path, Action<JsonObject> Mutate)> mutations = DatasetReaderPropertyTests.Mutations(participant);
            mutations[(seed / participants.Count) % mutations.Count].Mutate(participant);
            return Same(Encoding.UTF8.GetBytes(root.ToJsonString()), null);
        });

    [Property(MaxTest = 200)]
    public Property CorruptedDatasetsAggregateAsStreaming() =>
        Prop.ForAll(DatasetGen.DatasetArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), Gen.Choose(0, 255).ToArbitrary(), (dataset, at, value) =>
        {
            byte[] bytes = DatasetWriter.ToUtf8Bytes(dataset);
            bytes[at % bytes.Length] = (byte)value;
            return Same(bytes, at % 2 == 0 ? SmallBuffer : null, 13);
        });

    [Property(MaxTest = 100)]
    public Property TruncatedDatasetsAggregateAsStreaming() =>
        Prop.ForAll(DatasetGen.DatasetArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (dataset, cut) =>
        {
            byte[] bytes = DatasetWriter.ToUtf8Bytes(dataset);
            return Same(bytes[..(cut % bytes.Length)], SmallBuffer, 5);
        });

    [Property(MaxTest = 100)]
    public Property CorruptedCohortsAggregateAsStreaming() =>
        Prop.ForAll(Gen.Choose(1, 400).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Elements("", "\"", ",", "0", "-", "x", "{", "]", "\"extensions\":{},", "\\u0041").ToArbitrary(), (count, seed, insert) =>
        {
            byte[] bytes = CohortJson(count, (ulong)seed);
            int at = seed % bytes.Length;
            byte[] corrupted = [.. bytes[..at], .. Encoding.UTF8.GetBytes(insert), .. bytes[(at + (insert.Length == 0 ? 1 : 0))..]];
            return Same(corrupted, null);
        });

    [Property(MaxTest = 60)]
    public Property CohortsWithRemovedAndNulledFieldsAggregateAsStreaming() =>
        Prop.ForAll(Gen.Choose(1, 300).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (count, seed) =>
        {
            // Any property at any depth of some participants removed or set to null (valid or not: both paths must agree).
            var random = new Random(seed);
            var root = JsonNode.Parse(CohortJson(count, (ulong)seed))!.AsObject();
            foreach (JsonNode? participant in root["participants"]!.AsArray())
            {
                var fields = new List<(JsonObject Parent, string Name)>();
                Collect(participant!, fields);
                foreach ((JsonObject parent, string name) in fields)
                {
                    int roll = random.Next(12);
                    if (roll == 0)
                    {
                        parent.Remove(name);
                    }
                    else if (roll == 1 && parent.ContainsKey(name))
                    {
                        parent[name] = null;
                    }
                }
            }

            return Same(Encoding.UTF8.GetBytes(root.ToJsonString()), null);
        });

    [Fact]
    public void CorpusFilesAggregateAsStreaming()
    {
        string[] files = [.. Directory.GetFiles(DatasetReaderTests.DataPath("bad"), "*.json").Concat(Directory.GetFiles(DatasetReaderTests.DataPath("valid"), "*.json")).Order()];
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            byte[] bytes = File.ReadAllBytes(file);
            Assert.Null(Difference(bytes, null));
            Assert.Null(Difference(bytes, SmallBuffer, 3));
        }
    }

    [Theory]
    [InlineData("\"extensions\":{\"a\":1},", 0)]
    [InlineData("\"nickname\":\"x\",", 1)]
    [InlineData("\"id\":\"P1-G1\",", 1)]
    [InlineData("\"segment\":\"company\",", 1)]
    public void FallbackCasesGiveTheSameResult(string inserted, int errors)
    {
        byte[] bytes = CohortJson(50, 3);
        string text = Encoding.UTF8.GetString(bytes);
        int at = text.IndexOf("{\"id\"", text.IndexOf("\"participants\"", StringComparison.Ordinal), StringComparison.Ordinal) + 1;
        byte[] changed = Encoding.UTF8.GetBytes(text.Insert(at, inserted));
        DatasetAggregateResult<GroupedReportAccumulator> result = DatasetReader.AggregateByPartner(new MemoryStream(changed), new ReportOptions(Segment.Company));
        Assert.Equal(errors, result.ErrorCount);
        Assert.Null(Difference(changed, null));
        Assert.Null(Difference(changed, SmallBuffer, 11));
    }

    [Fact]
    public void RepeatedIdFallsBackAndIsReported()
    {
        string text = Encoding.UTF8.GetString(CohortJson(20, 5));
        var root = JsonNode.Parse(text)!.AsObject();
        var participants = root["participants"]!.AsArray();
        participants[7]!["id"] = (string)participants[2]!["id"]!;
        byte[] bytes = Encoding.UTF8.GetBytes(root.ToJsonString());
        DatasetAggregateResult<ReportAccumulator> result = DatasetReader.Aggregate(new MemoryStream(bytes), new ReportOptions(Segment.Company));
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.IdDuplicate && p.Path == "participants[7].id");
        Assert.Equal(19, result.ParticipantCount);
        Assert.Null(Difference(bytes, null));
    }

    [Fact]
    public void PartnersAfterParticipantsGiveTheSameResult()
    {
        var root = JsonNode.Parse(CohortJson(200, 9))!.AsObject();
        JsonNode partners = root["partners"]!.DeepClone();
        root.Remove("partners");
        root["partners"] = partners;
        var participants = root["participants"]!.AsArray();
        participants[3]!["partner"] = "NOT-LISTED";
        byte[] bytes = Encoding.UTF8.GetBytes(root.ToJsonString());
        DatasetAggregateResult<GroupedReportAccumulator> result = DatasetReader.AggregateByPartner(new MemoryStream(bytes), new ReportOptions(Segment.Company));
        Assert.False(result.Success);
        Assert.Equal(200, result.ParticipantCount);
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.UnknownPartner && p.Path == "participants[3].partner");
        Assert.Null(Difference(bytes, null));
    }

    [Fact]
    public void ParticipantsLargerThanTheBufferGiveTheSameResult()
    {
        byte[] bytes = CohortJson(300, 11);
        foreach (int size in new[] { 16, 64, 333, 1024 })
        {
            var options = new DatasetReaderOptions { BufferSize = size };
            DatasetAggregateResult<GroupedReportAccumulator> result = DatasetReader.AggregateByPartner(new MemoryStream(bytes), new ReportOptions(Segment.Company), options);
            Assert.True(result.Success);
            Assert.Equal(300, result.ParticipantCount);
            Assert.Null(Difference(bytes, options, 17));
        }
    }

    [Fact]
    public void BlocksAreAggregatedAndProgressIsReported()
    {
        const int Count = 70_000;
        byte[] bytes = CohortJson(Count, 13);
        var reports = new List<long>();
        var progress = new SyncProgress(reports.Add);
        DatasetAggregateResult<GroupedReportAccumulator> result = DatasetReader.AggregateByPartner(new MemoryStream(bytes), new ReportOptions(Segment.Company), progress: progress);
        Assert.True(result.Success);
        Assert.Equal(Count, result.ParticipantCount);
        Assert.Equal([ushort.MaxValue, Count], reports);
        var expected = GroupedReportAccumulator.ByPartner(new ReportOptions(Segment.Company), Phase1Reconstruction.Partners);
        expected.AddRange(new CohortGenerator(13).Generate(Count));
        Assert.Equal(expected.ToState().ToJson(), result.Accumulator.ToState().ToJson());
    }

    [Fact]
    public void MissingAndNullSectorsAfterGivenOnesGiveTheSameResult()
    {
        var root = JsonNode.Parse(CohortJson(400, 19))!.AsObject();
        var participants = root["participants"]!.AsArray();
        for (int i = 0; i < participants.Count; i++)
        {
            if (participants[i]!["registration"] is JsonObject registration)
            {
                switch (i % 4)
                {
                    case 1:
                        registration.Remove("sector");
                        break;
                    case 2:
                        registration["sector"] = null;
                        break;
                    case 3:
                        registration["sector"] = string.Empty;
                        break;
                }
            }
        }

        Assert.Null(Difference(Encoding.UTF8.GetBytes(root.ToJsonString()), null));
    }

    [Fact]
    public void EveryParticipantMayHaveItsOwnSector()
    {
        const int Count = 66_000;
        Participant[] participants = [.. new CohortGenerator(17).Generate(Count).Select((p, i) => p.Registration is null ? p : p with { Registration = p.Registration with { Sector = "sector-" + i } })];
        byte[] bytes = DatasetWriter.ToUtf8Bytes(new Dataset(Phase1Reconstruction.Partners, new ValueArray<Participant>(participants)));
        var options = new ReportOptions(Segment.Company);
        DatasetAggregateResult<ReportAccumulator> result = DatasetReader.Aggregate(new MemoryStream(bytes), options);
        Assert.True(result.Success);
        var expected = new ReportAccumulator(options);
        expected.AddRange(participants);
        Assert.Equal(expected.ToState().ToJson(), result.Accumulator.ToState().ToJson());
    }

    [Fact]
    public void CancellationStopsReading()
    {
        using var cts = new System.Threading.CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DatasetReader.Aggregate(new MemoryStream(CohortJson(10, 1)), new ReportOptions(Segment.Company), cancellationToken: cts.Token));
    }

    private static void Collect(JsonNode node, List<(JsonObject Parent, string Name)> fields)
    {
        if (node is JsonObject o)
        {
            foreach (KeyValuePair<string, JsonNode?> property in o.ToList())
            {
                fields.Add((o, property.Key));
                if (property.Value is { } value)
                {
                    Collect(value, fields);
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (JsonNode? item in a)
            {
                if (item is not null)
                {
                    Collect(item, fields);
                }
            }
        }
    }

    private static byte[] CohortJson(int count, ulong seed)
    {
        var dataset = new Dataset(Phase1Reconstruction.Partners, new ValueArray<Participant>(new CohortGenerator(seed).Generate(count)));
        return DatasetWriter.ToUtf8Bytes(dataset, DatasetWriterOptions.Default with { Indented = seed % 2 == 0 });
    }

    private static Property Same(byte[] bytes, DatasetReaderOptions? options, int chunk = 0) =>
        Difference(bytes, options, chunk) is { } difference ? false.Label(difference) : true.ToProperty();

    /// <summary>Compares the fast path with streaming for both segments, overall and by partner; returns the first difference, or null.</summary>
    private static string? Difference(byte[] bytes, DatasetReaderOptions? options, int chunk = 0)
    {
        Stream Open() => chunk > 0 ? new TrickleStream(bytes, chunk) : new MemoryStream(bytes);
        foreach (ReportOptions report in AllOptions)
        {
            using DatasetStream stream = DatasetReader.Open(Open(), options);
            List<Participant> participants = [.. stream.Participants()];
            var grouped = GroupedReportAccumulator.ByPartner(report, stream.Partners);
            grouped.AddRange(participants);
            var overall = new ReportAccumulator(report);
            overall.AddRange(participants);
            string expected = Describe(stream.Problems, stream.Success, stream.ErrorCount, stream.WarningCount, stream.LimitReached, participants.Count, stream.Partners);

            DatasetAggregateResult<GroupedReportAccumulator> byPartner = DatasetReader.AggregateByPartner(Open(), report, options);
            string actual = Describe(byPartner.Problems, byPartner.Success, byPartner.ErrorCount, byPartner.WarningCount, byPartner.LimitReached, byPartner.ParticipantCount, byPartner.Partners);
            if (actual != expected)
            {
                return ($"by partner, problems differ:\nexpected {expected}\nactual   {actual}");
            }

            if (grouped.ToState().ToJson() != byPartner.Accumulator.ToState().ToJson())
            {
                return ($"by partner, {report.Segment}: the accumulators differ ({participants.Count} participants)");
            }

            DatasetAggregateResult<ReportAccumulator> total = DatasetReader.Aggregate(Open(), report, options);
            actual = Describe(total.Problems, total.Success, total.ErrorCount, total.WarningCount, total.LimitReached, total.ParticipantCount, total.Partners);
            if (actual != expected)
            {
                return ($"overall, problems differ:\nexpected {expected}\nactual   {actual}");
            }

            if (overall.ToState().ToJson() != total.Accumulator.ToState().ToJson())
            {
                return ($"overall, {report.Segment}: the accumulators differ ({participants.Count} participants)");
            }
        }

        return null;
    }

    private static string Describe(IReadOnlyList<Problem> problems, bool success, long errors, long warnings, bool limit, long count, IReadOnlyList<Partner> partners) =>
        $"success={success} errors={errors} warnings={warnings} limit={limit} count={count} partners={string.Join(",", partners.Select(p => p.Code))}\n"
        + string.Join("\n", problems.Select(p => $"{p.Severity} {p.Path} {p.Code} {p.Value} [{string.Join("|", p.Arguments)}] {p.Line}:{p.Column} {p}"));

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
