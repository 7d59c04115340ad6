using DurableEmployability.Tests.Generators;
using DurableEmployability.Typology;
using Xunit;

namespace DurableEmployability.Tests.Typology;

public class TypologyGrowthTests
{
    [DomainProperty]
    public bool FormatThenParseIsIdentity(TypologyGrowth growth) =>
        TypologyGrowth.TryParse(growth.ToString(), out TypologyGrowth parsed) && parsed == growth;

    [Theory]
    [InlineData("+1")]
    [InlineData("7")]
    [InlineData("-7")]
    [InlineData("01")]
    [InlineData("")]
    [InlineData("-0")]
    public void ParseRejectsNonKeys(string text) => Assert.False(TypologyGrowth.TryParse(text, out _));

    [Fact]
    public void KeysHaveNoPlusSign() => Assert.Equal("3", TypologyGrowth.FromValue(3).ToString());
}
