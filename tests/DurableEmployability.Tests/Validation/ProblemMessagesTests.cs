using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using DurableEmployability.Catalog;
using DurableEmployability.Validation;
using Xunit;

namespace DurableEmployability.Tests.Validation;

public sealed class ProblemMessagesTests
{
    private static string[] AllCodes() =>
        [.. typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    private static Problem Make(string code, string? value, params string[] arguments) =>
        new("x", code, ProblemSeverity.Error)
        {
            Value = value,
            Arguments = ImmutableArray.Create(arguments),
        };

    [Fact]
    public void EveryProblemCodeHasAnEnglishAndADutchMessage()
    {
        foreach (string code in AllCodes())
        {
            Assert.True(ProblemMessages.HasMessages(code), code);
            Problem problem = Make(code, "\"v\"", "a", "b", "c");
            Assert.DoesNotContain("Unknown problem", problem.Message(Language.English));
            Assert.DoesNotContain("Onbekend probleem", problem.Message(Language.Dutch));
            Assert.NotEqual(problem.Message(Language.English), problem.Message(Language.Dutch));
        }
    }

    [Fact]
    public void EveryMessageCodeIsAProblemCode() => Assert.Equal(AllCodes().Order(), ProblemMessages.Codes.Order());

    [Theory]
    [InlineData(ProblemCodes.JsonType, "\"NaN\"", new[] { "integer" }, "\"NaN\" has the wrong type; expected integer.", "\"NaN\" heeft het verkeerde type; verwacht: een geheel getal.")]
    [InlineData(ProblemCodes.UnknownCode, "\"zzp\"", new[] { "segment", "company, self-employed" }, "\"zzp\" is not a known segment; valid codes are: company, self-employed.", "\"zzp\" is onbekend als segment; geldig zijn: company, self-employed.")]
    [InlineData(ProblemCodes.UnknownCode, "\"phd\"", new[] { "education level", "primary, higher" }, "\"phd\" is not a known education level; valid codes are: primary, higher.", "\"phd\" is onbekend als opleidingsniveau; geldig zijn: primary, higher.")]
    [InlineData(ProblemCodes.CodeOtherSegment, "\"policy\"", new[] { "opportunity statement", "self-employed", "awareness, familiarity" }, "\"policy\" is not an opportunity statement for the self-employed segment, only for the company segment; valid codes are: awareness, familiarity.", "\"policy\" is geen opbrengst-stelling voor het segment self-employed, alleen voor het segment company; geldig zijn: awareness, familiarity.")]
    [InlineData(ProblemCodes.CodeOtherSegment, "\"training\"", new[] { "indicator", "company", "support-awareness" }, "\"training\" is not an indicator for the company segment, only for the self-employed segment; valid codes are: support-awareness.", "\"training\" is geen indicator voor het segment company, alleen voor het segment self-employed; geldig zijn: support-awareness.")]
    [InlineData(ProblemCodes.CodeOtherSegment, "\"organisation\"", new[] { "aspect", "self-employed", "vitality-health, training-development" }, "\"organisation\" is not an aspect for the self-employed segment, only for the company segment; valid codes are: vitality-health, training-development.", "\"organisation\" is geen aspect voor het segment self-employed, alleen voor het segment company; geldig zijn: vitality-health, training-development.")]
    [InlineData(ProblemCodes.RatingRange, "0", new string[0], "0 is not a rating; ratings are integers 1…5.", "0 is geen score; scores zijn gehele getallen 1…5.")]
    [InlineData(ProblemCodes.IdLength, "\"\"", new[] { "200" }, "The id \"\" must be 1 to 200 characters long.", "Het id \"\" moet 1 tot en met 200 tekens lang zijn.")]
    [InlineData(ProblemCodes.UnknownVersion, "2", new[] { "1" }, "Version 2 is not supported; this release reads version(s) 1.", "Versie 2 wordt niet ondersteund; deze versie leest versie(s) 1.")]
    [InlineData(ProblemCodes.ActionAspectNotWorkedOn, "\"support-awareness\"", new[] { "organisation" }, "The aspect 'organisation' of the action's indicator \"support-awareness\" is not among the aspects worked on (monitor3.aspects).", "Het aspect 'organisation' van de indicator \"support-awareness\" van de actie staat niet bij de aspecten waaraan gewerkt is (monitor3.aspects).")]
    [InlineData(ProblemCodes.JsonEncoding, null, new[] { "UTF-16 or UTF-32 text; the dataset format is UTF-8." }, "The input is not valid UTF-8 text: UTF-16 or UTF-32 text; the dataset format is UTF-8.", "De invoer is geen geldige UTF-8-tekst: UTF-16- of UTF-32-tekst; het datasetformaat is UTF-8.")]
    public void GoldenMessages(string code, string? value, string[] arguments, string english, string dutch)
    {
        Problem problem = Make(code, value, arguments);
        Assert.Equal(english, problem.Message(Language.English));
        Assert.Equal(dutch, problem.Message(Language.Dutch));
    }
}
