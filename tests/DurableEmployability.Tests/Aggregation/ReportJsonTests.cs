using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Serialization;
using DurableEmployability.Validation;
using Xunit;

namespace DurableEmployability.Tests.Aggregation;

public class ReportJsonTests
{
    private static Report Sample() => ReportAccumulatorTests.Aggregate(
        Segment.Company,
        ReportAccumulatorTests.Complete(start: "A", end: "B", registration: r => r with { PermanentContracts = ShareBand.Below25 }),
        ReportAccumulatorTests.Complete(start: "AB", end: "AB"),
        ReportAccumulatorTests.Complete(start: "C", end: "B"));

    [Fact]
    public void OverallReportStartsWithTheFormatHeaderAndHasNoGroup()
    {
        string json = ReportJsonWriter.ToJsonString(Sample());
        Assert.StartsWith(
            "{\n  \"format\": \"durable-employability/report\",\n  \"version\": 1,\n  \"segment\": \"company\",\n  \"participants\": 3,\n  \"excluded\": {\n    \"incomplete\": 0\n  },\n  \"tables\": {\n    \"typologyStart\": {\n      \"n\": 3,\n      \"mean\": 2.6666666666666665,\n      \"rows\": [\n        {\n          \"key\": \"A\",\n          \"count\": 1,\n          \"percent\": 33.333333333333336\n        },",
            json);
        Assert.DoesNotContain("\"group\"", json);
    }

    [Fact]
    public void PropertyNamesAndNestingFollowTheFormat()
    {
        Report report = Sample() with { Group = new ReportGroup("partner", "SVH") };
        using JsonDocument document = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(report, new ReportJsonOptions { Indented = false }));
        JsonElement root = document.RootElement;
        Assert.Equal(["format", "version", "segment", "group", "participants", "excluded", "tables"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("SVH", root.GetProperty("group").GetProperty("key").GetString());
        JsonElement tables = root.GetProperty("tables");
        Assert.Equal(
            ["typologyStart", "typologyEnd", "typologyTransitions", "growth", "aspects", "opportunities", "obstacles", "continuation", "actionFollowUp", "satisfaction", "grades", "approach", "profile"],
            tables.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["n", "mean", "rows", "declined", "stable", "grew"], tables.GetProperty("growth").EnumerateObject().Select(p => p.Name));
        Assert.Equal("-6", tables.GetProperty("growth").GetProperty("rows")[0].GetProperty("key").GetString());
        Assert.Equal(["key", "n", "missing", "counts", "mean", "sd", "median", "topBox", "bottomBox"], tables.GetProperty("opportunities").GetProperty("items")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, tables.GetProperty("opportunities").GetProperty("items")[0].GetProperty("mean").ValueKind);
        Assert.Equal(["continue", "new-activities", "unanswered"], tables.GetProperty("continuation").GetProperty("form").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["key", "yes", "maybe", "no", "n"], tables.GetProperty("actionFollowUp").GetProperty("aspects")[0].GetProperty("rows")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["yes", "maybe", "no", "n"], tables.GetProperty("actionFollowUp").GetProperty("aspects")[0].GetProperty("total").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["unanswered", "options", "combinations"], tables.GetProperty("approach").GetProperty("diagnosis").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["n", "sizeClasses", "permanentContracts", "men", "ageGroups", "educationLevels", "sectors"], tables.GetProperty("profile").EnumerateObject().Select(p => p.Name));
        Assert.Equal("<25", tables.GetProperty("profile").GetProperty("permanentContracts").GetProperty("rows")[0].GetProperty("key").GetString());
        Assert.Equal(0, tables.GetProperty("growth").GetProperty("rows")[0].GetProperty("percent").GetDouble());
        Assert.Equal(49, tables.GetProperty("typologyTransitions").GetProperty("cells").GetArrayLength());
    }

    [Fact]
    public void KeysAreWrittenUnescapedAndNumbersInShortestForm()
    {
        string json = ReportJsonWriter.ToJsonString(Sample(), new ReportJsonOptions { Indented = false });
        Assert.Contains("{\"key\":\"<25\",\"count\":1}", json);
        Assert.Contains("{\"key\":\">250\",\"count\":0}", json);
        Assert.Contains("\"grew\":{\"count\":1,\"percent\":33.333333333333336}", json);
        Assert.Contains("{\"key\":\"B\",\"count\":2,\"percent\":66.66666666666667}", json);
        Assert.DoesNotContain("\n", json);
    }

    [Fact]
    public void SelfEmployedProfileHasOnlySizeClassesAndSectors()
    {
        Report report = ReportAccumulatorTests.Aggregate(Segment.SelfEmployed, ReportAccumulatorTests.Complete(Segment.SelfEmployed));
        using JsonDocument document = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(report));
        Assert.Equal(["n", "sizeClasses", "sectors"], document.RootElement.GetProperty("tables").GetProperty("profile").EnumerateObject().Select(p => p.Name));
        ReportReadResult<Report> read = ReportJsonReader.Read(ReportJsonWriter.ToUtf8Bytes(report));
        Assert.True(read.Success);
        Assert.False(read.Value.Tables.Profile.HasStaffBands);
        Assert.Equal(ReportAccumulatorPropertyTests.WithoutMoments(report), read.Value);
    }

    [Fact]
    public void BreakdownIsOverallAndGroups()
    {
        BreakdownReport breakdown = ReportAccumulatorPropertyTests.Grouped([ReportAccumulatorTests.Complete(partner: "P2")], Segment.Company);
        using JsonDocument document = JsonDocument.Parse(ReportJsonWriter.ToUtf8Bytes(breakdown));
        Assert.Equal(["overall", "groups"], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, document.RootElement.GetProperty("groups").GetArrayLength());
        Assert.Equal(0, document.RootElement.GetProperty("groups")[0].GetProperty("participants").GetInt64());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("groups")[0].GetProperty("tables").GetProperty("typologyStart").GetProperty("mean").ValueKind);
    }

    [Fact]
    public void WritingIsIndependentOfTheCurrentCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("nl-NL");
            string dutch = ReportJsonWriter.ToJsonString(Sample());
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            Assert.Equal(ReportJsonWriter.ToJsonString(Sample()), dutch);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void MalformedJsonIsAProblemNotAnException()
    {
        ReportReadResult<Report> result = ReportJsonReader.Read("{ \"format\": ");
        Assert.False(result.Success);
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.JsonSyntax, problem.Code);
        Assert.NotNull(problem.Line);
        Assert.Throws<FormatException>(() => result.GetValueOrThrow());
    }

    [Theory]
    [InlineData("\"segment\": \"company\"", "\"segment\": \"comp\\ud800any\"")]
    [InlineData("\"segment\"", "\"seg\\udc00ment\"")]
    public void LoneSurrogateEscapesAreProblemsNotExceptions(string find, string replace)
    {
        string json = ReportJsonWriter.ToJsonString(new ReportAccumulator(new ReportOptions(Segment.Company)).ToReport());
        Assert.Contains(find, json, StringComparison.Ordinal);
        ReportReadResult<Report> result = ReportJsonReader.Read(json.Replace(find, replace, StringComparison.Ordinal));
        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.IsError);

        ReportReadResult<AccumulatorState> state = AccumulatorState.FromJson(
            new ReportAccumulator(new ReportOptions(Segment.Company)).ToState().ToJson().Replace("\"company\"", "\"comp\\ud800any\"", StringComparison.Ordinal));
        Assert.False(state.Success);
    }

    [Fact]
    public void BadValuesAreReportedWithTheirPaths()
    {
        string json = ReportJsonWriter.ToJsonString(Sample())
            .Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal)
            .Replace("\"segment\": \"company\"", "\"segment\": \"farm\"", StringComparison.Ordinal)
            .Replace("\"participants\": 3", "\"participants\": -3", StringComparison.Ordinal)
            .Replace("\"mean\": 2.6666666666666665", "\"mean\": \"high\"", StringComparison.Ordinal);
        ReportReadResult<Report> result = ReportJsonReader.Read(json);
        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.UnknownVersion && p.Path == "version");
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.JsonType && p.Path == "segment");
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.JsonType && p.Path == "participants");
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.JsonType && p.Path == "tables.typologyStart.mean");
    }

    [Fact]
    public void MissingPropertiesAreRequired()
    {
        ReportReadResult<Report> result = ReportJsonReader.Read("{\"format\":\"durable-employability/report\",\"version\":1,\"segment\":\"company\",\"participants\":0,\"excluded\":{\"incomplete\":0},\"tables\":{}}");
        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.Required && p.Path == "tables.typologyStart");
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.Required && p.Path == "tables.profile");
        ReportReadResult<BreakdownReport> notAnObject = ReportJsonReader.ReadBreakdown("[1]");
        Assert.Equal(ProblemCodes.JsonType, Assert.Single(notAnObject.Problems).Code);
    }

    [Fact]
    public void UnknownPropertiesAreIgnoredForForwardCompatibility()
    {
        string json = ReportJsonWriter.ToJsonString(Sample(), new ReportJsonOptions { Indented = false });
        string extended = json.Replace("\"tables\":{", "\"future\":{\"x\":1},\"tables\":{\"newTable\":[],", StringComparison.Ordinal);
        ReportReadResult<Report> result = ReportJsonReader.Read(Encoding.UTF8.GetBytes(extended));
        Assert.True(result.Success, string.Join("; ", result.Problems));
        Assert.Equal(json, ReportJsonWriter.ToJsonString(result.Value, new ReportJsonOptions { Indented = false }));
    }

    [Fact]
    public void BadAccumulatorStatesAreProblems()
    {
        string json = ReportAccumulatorPropertyTests.Accumulate([ReportAccumulatorTests.Complete()], Segment.Company).ToState().ToJson();
        Assert.StartsWith("{\"format\":\"durable-employability/accumulator-state\",\"version\":1,\"segment\":\"company\",\"sizeClassBounds\":[15,25,50,100,250],\"counters\":{\"complete\":[1],\"incomplete\":[0],", json);
        ReportReadResult<AccumulatorState> shortBlock = AccumulatorState.FromJson(json.Replace("\"complete\":[1]", "\"complete\":[1,2]", StringComparison.Ordinal));
        Assert.Equal("counters.complete", Assert.Single(shortBlock.Problems).Path);
        ReportReadResult<AccumulatorState> negative = AccumulatorState.FromJson(json.Replace("\"incomplete\":[0]", "\"incomplete\":[-1]", StringComparison.Ordinal));
        Assert.Equal("counters.incomplete[0]", Assert.Single(negative.Problems).Path);
        ReportReadResult<AccumulatorState> format = AccumulatorState.FromJson(json.Replace("accumulator-state", "report", StringComparison.Ordinal));
        Assert.Equal(ProblemCodes.UnknownFormat, Assert.Single(format.Problems).Code);
        Assert.False(AccumulatorState.FromJson("nonsense").Success);
    }

    [Fact]
    public void BadGroupedStatesAreProblems()
    {
        var grouped = GroupedReportAccumulator.ByPartner(new ReportOptions(Segment.Company), [new DurableEmployability.Trajectories.Partner("P1", "one")]);
        grouped.Add(ReportAccumulatorTests.Complete(partner: "P1"));
        string json = grouped.ToState().ToJson();
        Assert.StartsWith("{\"format\":\"durable-employability/grouped-accumulator-state\",\"version\":1,\"by\":\"partner\",\"declaredKeys\":[\"P1\"],\"overall\":{", json);
        ReportReadResult<GroupedAccumulatorState> otherBy = GroupedAccumulatorState.FromJson(json.Replace("\"by\":\"partner\",\"declaredKeys\"", "\"by\":\"sector\",\"declaredKeys\"", StringComparison.Ordinal));
        Assert.Contains(otherBy.Problems, p => p.Path == "groups[0].group");
        ReportReadResult<GroupedAccumulatorState> unknownKey = GroupedAccumulatorState.FromJson(json.Replace("\"declaredKeys\":[\"P1\"]", "\"declaredKeys\":[\"P1\",\"P9\"]", StringComparison.Ordinal));
        Assert.Equal("declaredKeys", Assert.Single(unknownKey.Problems).Path);
        ReportReadResult<GroupedAccumulatorState> badCounter = GroupedAccumulatorState.FromJson(json.Replace("\"complete\":[1]", "\"complete\":[true]", StringComparison.Ordinal));
        Assert.Contains(badCounter.Problems, p => p.Path == "overall.counters.complete[0]");
    }
}
