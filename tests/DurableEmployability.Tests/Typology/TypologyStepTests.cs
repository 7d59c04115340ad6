using System;
using DurableEmployability.Tests.Generators;
using DurableEmployability.Typology;
using Xunit;

namespace DurableEmployability.Tests.Typology;

public class TypologyStepTests
{
    [Theory]
    [InlineData("A", 1)]
    [InlineData("AB", 2)]
    [InlineData("B", 3)]
    [InlineData("BC", 4)]
    [InlineData("C", 5)]
    [InlineData("CD", 6)]
    [InlineData("D", 7)]
    public void CodesHaveTheReportsScores(string code, int score)
    {
        Assert.Equal(score, TypologyStep.Parse(code).Score);
        Assert.Equal(code, TypologyStep.FromScore(score).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("E")]
    [InlineData("BA")]
    [InlineData(" A")]
    [InlineData("ABC")]
    public void ParseRejectsNonCodes(string text)
    {
        Assert.False(TypologyStep.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => TypologyStep.Parse(text));
        Assert.Contains("valid codes are A, AB, B, BC, C, CD, D", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultIsA() => Assert.Equal(TypologyStep.A, default(TypologyStep));

    [Fact]
    public void FromScoreRejectsOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TypologyStep.FromScore(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TypologyStep.FromScore(8));
    }

    [DomainProperty]
    public bool FormatThenParseIsIdentity(TypologyStep step) => TypologyStep.Parse(step.ToString()) == step;

    [DomainProperty]
    public bool ParseRejectsEveryStringThatIsNotACode(string? text) =>
        Array.IndexOf(["A", "AB", "B", "BC", "C", "CD", "D"], text) >= 0 == TypologyStep.TryParse(text, out _);

    [DomainProperty]
    public bool OrderEqualsScoreOrder(TypologyStep a, TypologyStep b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(a.Score.CompareTo(b.Score)) && (a < b) == (a.Score < b.Score) && (a >= b) == (a.Score >= b.Score);

    [DomainProperty]
    public bool GrowthIsAntisymmetric(TypologyStep a, TypologyStep b) => a.GrowthTo(b).Value == -b.GrowthTo(a).Value;

    [DomainProperty]
    public bool GrowthToItselfIsZero(TypologyStep a) => a.GrowthTo(a).Value == 0 && a.GrowthTo(a).Class == GrowthClass.Stable;

    [DomainProperty]
    public bool ScorePlusGrowthIsEndScore(TypologyStep a, TypologyStep b) => a.Score + a.GrowthTo(b).Value == b.Score && a.Add(a.GrowthTo(b)) == b;

    [DomainProperty]
    public bool GrowthClassFollowsSign(TypologyStep a, TypologyStep b)
    {
        TypologyGrowth g = a.GrowthTo(b);
        GrowthClass expected = b.Score < a.Score ? GrowthClass.Declined : b.Score == a.Score ? GrowthClass.Stable : GrowthClass.Grew;
        return g.Class == expected && g.Value is >= -6 and <= 6;
    }

    [DomainProperty]
    public bool EqualStepsHaveEqualHashCodes(TypologyStep a, TypologyStep b) => a != b || a.GetHashCode() == b.GetHashCode();
}
