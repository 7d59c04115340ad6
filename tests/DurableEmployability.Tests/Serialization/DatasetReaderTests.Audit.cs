using System;
using System.IO;
using System.Linq;
using System.Text;
using DurableEmployability.Serialization;
using DurableEmployability.Trajectories;
using DurableEmployability.Validation;
using Xunit;

namespace DurableEmployability.Tests.Serialization;

/// <summary>Rules found by the conformance audit of the reader against dataset-format.md.</summary>
public sealed partial class DatasetReaderTests
{
    private static string Example => File.ReadAllText(DataPath("valid", "spec-example.json"));

    private static string Edit(string json, string old, string replacement)
    {
        Assert.Contains(old, json, StringComparison.Ordinal);
        return json.Replace(old, replacement, StringComparison.Ordinal);
    }

    private static (string Path, string Code)[] Found(DatasetReadResult result) => [.. result.Problems.Select(p => (p.Path, p.Code))];

    [Fact]
    public void ValidationRulesStillRunWhenAParticipantHasReadErrors()
    {
        string json = Edit(Edit(Edit(Example, "\"typology\": \"AB\"", "\"typology\": \"Q\""), "\"2015-11-02\"", "\"2015-01-02\""), "\"headcount\": 12", "\"headcount\": 0");
        DatasetReadResult result = ReadText(Edit(json, "\"id\": \"SVH-0001\"", "\"id\": 5"));
        Assert.Equal(
            new[]
            {
                ("participants[0].id", ProblemCodes.JsonType),
                ("participants[0].monitor1.typology", ProblemCodes.UnknownCode),
                ("participants[0].registration.headcount", ProblemCodes.HeadcountRange),
                ("participants[0].monitor2.date", ProblemCodes.DatesOutOfOrder),
            },
            Found(result));
        Assert.Empty(result.ValidPart!.Participants);
    }

    [Fact]
    public void ASelfEmployedParticipantWithAWrongCodeStillGetsItsCompanyOnlyFieldErrors()
    {
        string json = Edit(Edit(Example, "\"segment\": \"company\"", "\"segment\": \"self-employed\""), "\"headcount\": 12", "\"headcount\": 1");
        DatasetReadResult result = ReadText(json);
        Assert.Contains(("participants[0].monitor3.opportunities.policy", ProblemCodes.CodeOtherSegment), Found(result));
        Assert.Contains(("participants[0].registration.men", ProblemCodes.CompanyOnlyField), Found(result));
        Assert.Contains(("participants[0].registration.ageGroups", ProblemCodes.CompanyOnlyField), Found(result));
        Problem ageGroups = result.Problems.Single(p => p.Path == "participants[0].registration.ageGroups");
        Assert.Equal("{\"up-to-25\": \"<25\", \"26-55\": \"50-75\", \"over-55\": \"<25\"}", ageGroups.Value);
    }

    [Fact]
    public void AnUnknownAspectDoesNotAlsoWarnAboutTheActionsOfThatAspect()
    {
        DatasetReadResult result = ReadText(Edit(Example, "[\"organisation\", \"monitoring\"]", "[\"organisatoin\", \"monitoring\"]"));
        Assert.Equal(new[] { ("participants[0].monitor3.aspects[0]", ProblemCodes.UnknownCode) }, Found(result));
    }

    [Fact]
    public void APartnerWithAReadErrorIsStillValidated()
    {
        DatasetReadResult result = ReadText(Edit(Example, "\"original\": 50,", "\"original\": -1, \"website\": \"x\","));
        Assert.Equal(
            new[] { ("partners[0].targets.website", ProblemCodes.UnknownProperty), ("partners[0].targets.original", ProblemCodes.TargetRange) },
            Found(result));
    }

    [Fact]
    public void AnUnknownVersionAfterTheDataLeavesNoValidPart()
    {
        string json = Edit(Example, "\"version\": 1,\n", string.Empty);
        json = json[..json.LastIndexOf('}')].TrimEnd() + ",\n  \"version\": 7\n}\n";
        DatasetReadResult result = ReadText(json);
        Assert.Equal(new[] { ("version", ProblemCodes.UnknownVersion) }, Found(result));
        Assert.Null(result.ValidPart);
        Assert.Equal(["1"], result.Problems[0].Arguments);
    }

    [Fact]
    public void ARepeatedParticipantsArrayIsOneProblemAndTheFirstArrayIsKept()
    {
        string json = Example[..Example.LastIndexOf('}')].TrimEnd() + ",\n  \"participants\": [ { \"id\": 5 }, [[1]], null ]\n}\n";
        DatasetReadResult result = ReadText(json);
        Assert.Equal(new[] { ("participants", ProblemCodes.DuplicateProperty) }, Found(result));
        Assert.Equal("SVH-0001", Assert.Single(result.ValidPart!.Participants).Id);
    }

    [Fact]
    public void PartnersThatAreNotAnArrayAreOneProblemNotOnePerParticipant()
    {
        Assert.Equal(new[] { ("partners", ProblemCodes.Required) }, Found(ReadText(Edit(Example, "\"partners\": [", "\"partners\": null, \"ignored\": ["))).Take(1));
        DatasetReadResult result = ReadText("{\"format\":\"durable-employability/dataset\",\"version\":1,\"partners\":\"SVH\",\"participants\":[{\"id\":\"1\",\"partner\":\"SVH\",\"segment\":\"company\"}]}");
        Assert.Equal(new[] { ("partners", ProblemCodes.JsonType) }, Found(result));
        Assert.Empty(result.ValidPart!.Participants);
    }

    [Fact]
    public void ARepeatedSegmentIsOnlyADuplicateProperty()
    {
        DatasetReadResult result = ReadText(Edit(Example, "\"segment\": \"company\",", "\"segment\": \"company\", \"segment\": \"self-employed\","));
        Assert.Equal(new[] { ("participants[0].segment", ProblemCodes.DuplicateProperty) }, Found(result));
    }

    [Theory]
    [InlineData("{\"a\": 1, \"a\": 2}", "participants[0].extensions.a")]
    [InlineData("{\"a\": 1, \"\\u0061\": 2}", "participants[0].extensions.a")]
    [InlineData("{\"a\": [0, {\"b\": {}, \"b\": null}]}", "participants[0].extensions.a[1].b")]
    public void ExtensionsAreStrictJsonToo(string extensions, string path)
    {
        DatasetReadResult result = ReadText(Edit(Example, "\"segment\": \"company\",", "\"segment\": \"company\", \"extensions\": " + extensions + ","));
        Assert.Equal(new[] { (path, ProblemCodes.DuplicateProperty) }, Found(result));
    }

    [Fact]
    public void ExtensionsKeepTheSameNameInDifferentObjectsVerbatim()
    {
        const string Extensions = "{\"a\": {\"k\": 1}, \"b\": [{\"k\": 1}, {\"k\": 2}], \"n\": 1E400}";
        DatasetReadResult result = ReadText(Edit(Example, "\"segment\": \"company\",", "\"segment\": \"company\", \"extensions\": " + Extensions + ","));
        Assert.True(result.Success, string.Join("\n", result.Problems));
        Assert.Equal(Extensions, result.Dataset.Participants[0].Extensions!.Json);
    }

    [Fact]
    public void ATooLongStringInsideExtensionsIsReportedAtItsOwnPath()
    {
        const string Json = "{\"format\":\"durable-employability/dataset\",\"version\":1,\"partners\":[{\"code\":\"A\",\"name\":\"a\"}],"
            + "\"participants\":[{\"id\":\"1\",\"partner\":\"A\",\"segment\":\"company\",\"extensions\":{\"list\":[\"short\",\"much too long for the limit of this test\"]}}]}";
        DatasetReadResult result = ReadText(Json, new DatasetReaderOptions { MaxStringLength = 29 });
        Assert.Equal(new[] { ("participants[0].extensions.list[1]", ProblemCodes.JsonStringTooLong) }, Found(result));
    }

    [Fact]
    public void BytesThatAreNotUtf8AnywhereEndReadingWithTheirLineAndColumn()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Edit(Example, "\"sector\": \"hospitality\"", "\"sector\": \"hospitXlity\""));
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        DatasetReadResult result = DatasetReader.Read(new MemoryStream(bytes));
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(("participants[0]", ProblemCodes.JsonEncoding, 15L, 19L), (problem.Path, problem.Code, problem.Line, problem.Column));
        Assert.Null(result.ValidPart);
    }

    [Fact]
    public void ExtensionDataFromJsonRejectsARepeatedName() =>
        Assert.Throws<ArgumentException>(() => ExtensionData.FromJson("{\"a\": 1, \"a\": 2}"));
}
