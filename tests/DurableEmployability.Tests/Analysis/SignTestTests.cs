using System;
using DurableEmployability.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Analysis;

// Reference values: exact rational binomial sums 2·Σ_{k≤m} C(n, k)/2ⁿ (Python fractions), e.g. R's
// binom.test(10, 12)$p.value = 0.03857422 and binom.test(60, 100)$p.value = 0.05688793.
public class SignTestTests
{
    [Theory]
    [InlineData(355, 7, 3.3109630664339672e-95)] // phase I: 355 improved, 7 declined (the spec's 3.3e-95)
    [InlineData(10, 2, 0.03857421875)]
    [InlineData(60, 40, 0.056887933640980792)]
    [InlineData(3000, 2800, 0.0089694360011934164)]
    [InlineData(0, 3, 0.25)]
    public void PValueMatchesExactBinomialSum(long positive, long negative, double expected) =>
        Close.Relative(expected, SignTest.TwoSidedP(positive, negative), 1e-10);

    [Theory]
    [InlineData(5, 5)]
    [InlineData(1, 0)]
    [InlineData(0, 0)]
    public void PValueIsOneWhenTheSplitIsAsEvenAsPossible(long positive, long negative) =>
        Assert.Equal(1.0, SignTest.TwoSidedP(positive, negative));

    [Fact]
    public void NegativeCountsThrow() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SignTest.TwoSidedP(-1, 3));

    [Property(MaxTest = 200)]
    public Property PValueIsSymmetricAndAProbability()
    {
        var gen = from a in Gen.Choose(0, 5000)
                  from b in Gen.Choose(0, 5000)
                  select (a, b);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            double p = SignTest.TwoSidedP(x.a, x.b);
            return p == SignTest.TwoSidedP(x.b, x.a) && p >= 0 && p <= 1;
        });
    }
}
