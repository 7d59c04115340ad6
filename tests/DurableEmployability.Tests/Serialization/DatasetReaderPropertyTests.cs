using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using DurableEmployability.Serialization;
using DurableEmployability.Tests.Generators;
using DurableEmployability.Trajectories;
using DurableEmployability.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DurableEmployability.Tests.Serialization;

public sealed class DatasetReaderPropertyTests
{
    private static readonly DatasetReaderOptions SmallBuffer = new() { BufferSize = 16 };

    private static Gen<Dataset> NonEmptyDataset() => DatasetGen.Dataset().Where(d => d.Participants.Count > 0);

    [Property(MaxTest = 100)]
    public Property ReadingInSmallChunksGivesTheSameResult() =>
        Prop.ForAll(DatasetGen.DatasetArbitrary(), Gen.Choose(1, 64).ToArbitrary(), (dataset, chunk) =>
        {
            byte[] bytes = DatasetWriter.ToUtf8Bytes(dataset);
            DatasetReadResult result = DatasetReader.Read(new TrickleStream(bytes, chunk), SmallBuffer);
            return result.Success && result.Dataset == dataset;
        });

    [Property(MaxTest = 100)]
    public Property StreamingYieldsTheSameParticipantsAsReadingWhole() =>
        Prop.ForAll(DatasetGen.DatasetArbitrary(), dataset =>
        {
            byte[] bytes = DatasetWriter.ToUtf8Bytes(dataset);
            using DatasetStream stream = DatasetReader.Open(new TrickleStream(bytes, 7), SmallBuffer);
            var participants = stream.Participants().ToList();
            return stream.Success && stream.IsCompleted && participants.SequenceEqual(dataset.Participants) && stream.Partners.SequenceEqual(dataset.Partners);
        });

    [Property(MaxTest = 300)]
    public Property ArbitraryBytesNeverThrow() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            DatasetReadResult result = DatasetReader.Read(new MemoryStream(bytes));
            return !result.Success && result.Problems.Count > 0;
        });

    [Property(MaxTest = 200)]
    public Property TruncatedDocumentsNeverThrowAndAreNeverValid() =>
        Prop.ForAll(DatasetGen.DatasetArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (dataset, cut) =>
        {
            byte[] bytes = DatasetWriter.ToUtf8Bytes(dataset);
            int length = cut % bytes.Length;
            DatasetReadResult result = DatasetReader.Read(new TrickleStream(bytes[..length], 13), SmallBuffer);
            return !result.Success && result.Problems.Any(p => p.Code is ProblemCodes.JsonSyntax or ProblemCodes.JsonIncomplete);
        });

    [Property(MaxTest = 200)]
    public Property CorruptedBytesNeverThrow() =>
        Prop.ForAll(DatasetGen.DatasetArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), Gen.Choose(0, 255).ToArbitrary(), (dataset, at, value) =>
        {
            byte[] bytes = DatasetWriter.ToUtf8Bytes(dataset);
            bytes[at % bytes.Length] = (byte)value;
            DatasetReadResult result = DatasetReader.Read(new MemoryStream(bytes));
            return result.Success == result.Problems.All(p => !p.IsError);
        });

    [Property(MaxTest = 200)]
    public Property LoneSurrogateEscapesInAnyStringAreErrorsNotExceptions() =>
        Prop.ForAll(NonEmptyDataset().ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Elements("\\ud800", "\\uDBFF", "\\udc00", "\\uDFFF\\ud800").ToArbitrary(), (dataset, pick, escape) =>
        {
            // Insert the escape after the opening quote of one string or property name: valid JSON syntax, not Unicode text.
            string text = DatasetWriter.ToJsonString(dataset);
            var quotes = new List<int>();
            bool inString = false;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\\')
                {
                    i++;
                }
                else if (text[i] == '"')
                {
                    if (!inString)
                    {
                        quotes.Add(i);
                    }

                    inString = !inString;
                }
            }

            int at = quotes[pick % quotes.Count] + 1;
            string corrupted = text.Insert(at, escape);
            DatasetReadResult result = DatasetReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(corrupted)));
            int from = Math.Max(0, at - 40);
            return (!result.Success && result.Problems.Any(p => p.IsError)).Label(corrupted[from..Math.Min(corrupted.Length, at + 40)]);
        });

    [Property(MaxTest = 400)]
    public Property EverySingleFieldMutationIsReportedAtThatField() =>
        Prop.ForAll(NonEmptyDataset().ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (dataset, seed) =>
        {
            JsonObject root = JsonNode.Parse(DatasetWriter.ToUtf8Bytes(dataset))!.AsObject();
            var participants = root["participants"]!.AsArray();
            int index = seed % participants.Count;
            JsonObject participant = participants[index]!.AsObject();
            List<(string Path, Action<JsonObject> Mutate)> mutations = Mutations(participant);
            (string path, Action<JsonObject> mutate) = mutations[(seed / participants.Count) % mutations.Count];
            mutate(participant);
            DatasetReadResult result = DatasetReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(root.ToJsonString())));
            string expected = $"participants[{index}].{path}";
            return result.Problems.Any(p => p.IsError && p.Path == expected)
                .Label($"{expected}: {string.Join("; ", result.Problems)}");
        });

    /// <summary>The single-field mutations into invalid values that apply to a participant, with the path of the field.</summary>
    internal static List<(string Path, Action<JsonObject> Mutate)> Mutations(JsonObject p)
    {
        bool company = (string?)p["segment"] == "company";
        var list = new List<(string, Action<JsonObject>)>
        {
            ("id", o => o["id"] = 17),
            ("id", o => o["id"] = string.Empty),
            ("id", o => o["id"] = new string('x', 201)),
            ("partner", o => o["partner"] = "NOT-LISTED"),
            ("partner", o => o["partner"] = null),
            ("segment", o => o["segment"] = "zzp"),
            ("segment", o => o["segment"] = true),
            ("unknownField", o => o["unknownField"] = 1),
        };
        if (p["registration"] is JsonObject)
        {
            list.Add(("registration.headcount", o => o["registration"]!["headcount"] = 0));
            list.Add(("registration.headcount", o => o["registration"]!["headcount"] = "12"));
            list.Add(("registration.headcount", o => o["registration"]!["headcount"] = 1.5));
            list.Add(("registration.headcount", o => o["registration"]!["headcount"] = 5_000_000_000L));
            list.Add(("registration.sector", o => o["registration"]!["sector"] = 3));
            list.Add(("registration.permanentContracts", o => o["registration"]!["permanentContracts"] = "10-20"));
            list.Add(("registration.ageGroups.over-65", o => o["registration"]!["ageGroups"] = new JsonObject { ["over-65"] = "<25" }));
            list.Add(company
                ? ("registration.men", o => o["registration"]!["men"] = 50)
                : ("registration.men", o => o["registration"]!["men"] = ">75"));
        }

        if (p["monitor1"] is JsonObject)
        {
            list.Add(("monitor1.date", o => o["monitor1"]!["date"] = "2015-13-01"));
            list.Add(("monitor1.date", o => o["monitor1"]!["date"] = 20150101));
            list.Add(("monitor1.typology", o => o["monitor1"]!["typology"] = "E"));
            list.Add(("monitor1.typology", o => o["monitor1"]!["typology"] = 3));
            list.Add(("monitor1.diagnosis[0]", o => o["monitor1"]!["diagnosis"] = new JsonArray("survey")));
            list.Add(("monitor1.presentation[1]", o => o["monitor1"]!["presentation"] = new JsonArray("oral", "oral")));
            list.Add(("monitor1.execution", o => o["monitor1"]!["execution"] = "hr"));
            if (p["monitor2"] is JsonObject)
            {
                list.Add(("monitor2.date", o => o["monitor2"]!["date"] = "2000-01-01"));
            }
        }

        if (p["monitor2"] is JsonObject)
        {
            list.Add(("monitor2.note", o => o["monitor2"]!["note"] = 2));
            list.Add(("monitor2.date", o => o["monitor2"]!["date"] = null));
        }

        if (p["monitor3"] is JsonObject)
        {
            if (p["monitor1"] is JsonObject || p["monitor2"] is JsonObject)
            {
                list.Add(("monitor3.date", o => o["monitor3"]!["date"] = "2000-01-01"));
            }

            list.Add(("monitor3.typology", o => o["monitor3"]!["typology"] = "ab"));
            list.Add(("monitor3.grade", o => o["monitor3"]!["grade"] = 11));
            list.Add(("monitor3.grade", o => o["monitor3"]!["grade"] = 0));
            list.Add(("monitor3.grade", o => o["monitor3"]!["grade"] = "8"));
            list.Add(("monitor3.grade", o => o["monitor3"]!["grade"] = 8.5));
            list.Add(("monitor3.satisfaction", o => o["monitor3"]!["satisfaction"] = "E"));
            list.Add(("monitor3.motto", o => o["monitor3"]!["motto"] = new JsonArray()));
            list.Add(("monitor3.opportunities.awareness", o => o["monitor3"]!["opportunities"] = new JsonObject { ["awareness"] = 6 }));
            list.Add(("monitor3.opportunities.awareness", o => o["monitor3"]!["opportunities"] = new JsonObject { ["awareness"] = 0 }));
            list.Add(("monitor3.opportunities.awareness", o => o["monitor3"]!["opportunities"] = new JsonObject { ["awareness"] = "3" }));
            list.Add(("monitor3.obstacles.budget", o => o["monitor3"]!["obstacles"] = new JsonObject { ["budget"] = 2.5 }));
            list.Add(("monitor3.obstacles.weather", o => o["monitor3"]!["obstacles"] = new JsonObject { ["weather"] = 2 }));
            list.Add(("monitor3.continuation.form", o => o["monitor3"]!["continuation"] = new JsonObject { ["form"] = "stop" }));
            list.Add(("monitor3.continuation.continues", o => o["monitor3"]!["continuation"] = new JsonObject { ["continues"] = "yes" }));
            list.Add(("monitor3.aspects[0]", o => o["monitor3"]!["aspects"] = new JsonArray(company ? "training-development" : "organisation")));
            list.Add(("monitor3.actions[0].indicator", o => o["monitor3"]!["actions"] = new JsonArray(new JsonObject { ["indicator"] = company ? "training" : "support-awareness", ["followUp"] = "yes" })));
            list.Add(("monitor3.actions[0].followUp", o => o["monitor3"]!["actions"] = new JsonArray(new JsonObject { ["indicator"] = "lifestyle", ["followUp"] = "perhaps" })));
            list.Add(("monitor3.actions[0].followUp", o => o["monitor3"]!["actions"] = new JsonArray(new JsonObject { ["indicator"] = "lifestyle" })));
            if (!company)
            {
                list.Add(("monitor3.opportunities.policy", o => o["monitor3"]!["opportunities"] = new JsonObject { ["policy"] = 3 }));
                list.Add(("monitor3.obstacles.cao-attention", o => o["monitor3"]!["obstacles"] = new JsonObject { ["cao-attention"] = 3 }));
            }
        }

        return list;
    }
}
