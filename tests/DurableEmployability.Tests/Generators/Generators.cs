using System.Linq;
using DurableEmployability.Catalog;
using DurableEmployability.Scales;
using DurableEmployability.Typology;
using FsCheck;
using FsCheck.Fluent;

namespace DurableEmployability.Tests.Generators;

/// <summary>FsCheck arbitraries for the domain types, drawn from the catalogue.</summary>
public static class Generators
{
    public static Arbitrary<TypologyStep> TypologyStep() =>
        Gen.Elements(DurableEmployability.Typology.TypologyStep.All.ToArray()).ToArbitrary();

    public static Arbitrary<Segment> Segment() =>
        Gen.Elements(DurableEmployability.Catalog.Segment.Company, DurableEmployability.Catalog.Segment.SelfEmployed).ToArbitrary();

    public static Arbitrary<Rating> Rating() =>
        Gen.Choose(1, 5).Select(DurableEmployability.Scales.Rating.FromValue).ToArbitrary();

    public static Arbitrary<Grade> Grade() =>
        Gen.Choose(1, 10).Select(DurableEmployability.Scales.Grade.FromValue).ToArbitrary();

    public static Arbitrary<TypologyGrowth> TypologyGrowth() =>
        Gen.Choose(-6, 6).Select(DurableEmployability.Typology.TypologyGrowth.FromValue).ToArbitrary();
}
