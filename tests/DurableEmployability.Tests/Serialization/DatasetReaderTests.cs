using System.IO;
using System.Linq;
using System.Text;
using DurableEmployability.Catalog;
using DurableEmployability.Serialization;
using DurableEmployability.Trajectories;
using DurableEmployability.Typology;
using DurableEmployability.Validation;
using NodaTime;
using Xunit;

namespace DurableEmployability.Tests.Serialization;

public sealed partial class DatasetReaderTests
{
    internal static string DataPath(params string[] parts) => Path.Combine([System.AppContext.BaseDirectory, "Data", .. parts]);

    internal static DatasetReadResult ReadText(string json, DatasetReaderOptions? options = null) =>
        DatasetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), options);

    [Fact]
    public void TheSpecExampleReadsWithoutProblems()
    {
        using FileStream file = File.OpenRead(DataPath("valid", "spec-example.json"));
        DatasetReadResult result = DatasetReader.Read(file);
        Assert.Empty(result.Problems);
        Assert.True(result.Success);
        Partner partner = Assert.Single(result.Dataset.Partners);
        Assert.Equal(new Partner("SVH", "Stichting Vakbekwaamheid Horeca") { Targets = new PartnerTargets(50, 53) }, partner);
        Participant p = Assert.Single(result.Dataset.Participants);
        Assert.Equal("SVH-0001", p.Id);
        Assert.True(p.IsComplete);
        Assert.Equal(12, p.Registration.Headcount);
        Assert.Equal(ShareBand.From50To75, p.Registration.PermanentContracts);
        Assert.Equal(ShareBand.From25To50, p.Registration.EducationLevels.Get(EducationLevel.LowerVocational));
        Assert.Equal(new LocalDate(2015, 6, 15), p.Monitor1.Date);
        Assert.Equal(TypologyStep.AB, p.Monitor1.Typology);
        Assert.Equal(3, p.Monitor1.Diagnosis.Count);
        Assert.Equal("Twee acties gestart.", p.Monitor2.Note);
        Assert.Equal(TypologyStep.BC, p.Monitor3.Typology);
        Assert.Equal(2, p.Monitor3.Actions.Count);
        Assert.Equal(FollowUp.Maybe, p.Monitor3.Actions[1].FollowUp);
        Assert.Equal(3, p.Monitor3.Opportunities.Get(DiCatalog.Company.Opportunities.Get("policy"))!.Value.Value);
        Assert.Equal(true, p.Monitor3.Continuation!.Continues);
        Assert.Null(p.Monitor3.Continuation.SupportWanted);
        Assert.Equal(8, p.Monitor3.Grade!.Value.Value);
        Assert.Equal("Samen duurzaam inzetten.", p.Monitor3.Motto);
    }

    [Fact]
    public void ASyntaxErrorGivesLineAndColumnAndEndsReading()
    {
        DatasetReadResult result = ReadText("{\n  \"format\": \"durable-employability/dataset\",\n  \"version\": 1,,\n}");
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.JsonSyntax, problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.Equal(16, problem.Column); // the second comma of `  "version": 1,,`
        Assert.False(result.Success);
        Assert.Null(result.ValidPart);
    }

    [Fact]
    public void AWrongRatingIsReportedAtItsPath()
    {
        string json = File.ReadAllText(DataPath("valid", "spec-example.json")).Replace("\"policy\": 3", "\"policy\": 6");
        DatasetReadResult result = ReadText(json);
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal("participants[0].monitor3.opportunities.policy", problem.Path);
        Assert.Equal(ProblemCodes.RatingRange, problem.Code);
        Assert.Equal("6", problem.Value);
        Assert.Empty(result.ValidPart!.Participants);
    }
}
