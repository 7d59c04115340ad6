using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using DurableEmployability.Catalog;
using DurableEmployability.Generation;
using DurableEmployability.Trajectories;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static DurableEmployability.Tests.Reference.PublishedReference;

namespace DurableEmployability.Tests.Generation;

public partial class CohortGeneratorTests
{
    private static readonly Arbitrary<ulong> Seeds =
        Gen.Choose(int.MinValue, int.MaxValue).Two().Select(t => ((ulong)(uint)t.Item1 << 32) | (uint)t.Item2).ToArbitrary();

    private static readonly Arbitrary<CohortSegments> SegmentOptions =
        Gen.Elements(CohortSegments.Companies, CohortSegments.SelfEmployed, CohortSegments.Both).ToArbitrary();

    [Property(MaxTest = 30)]
    public Property SameSeedGivesTheSameSequence() =>
        Prop.ForAll(Seeds, Gen.Choose(1, 120).ToArbitrary(), (seed, count) =>
            CohortGenerator.Generate(count, seed).SequenceEqual(CohortGenerator.Generate(count, seed)));

    [Property(MaxTest = 30)]
    public Property DifferentSeedsGiveDifferentSequences() =>
        Prop.ForAll(Seeds, Seeds, (a, b) =>
            a == b || !CohortGenerator.Generate(40, a).SequenceEqual(CohortGenerator.Generate(40, b)));

    [Property(MaxTest = 30)]
    public Property GeneratesExactlyTheRequestedCountWithUniqueIds() =>
        Prop.ForAll(Seeds, Gen.Choose(1, 600).ToArbitrary(), SegmentOptions, (seed, count, segments) =>
        {
            List<Participant> cohort = [.. new CohortGenerator(seed, segments).Generate(count)];
            return cohort.Count == count && cohort.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == count;
        });

    [Property(MaxTest = 20)]
    public Property EveryGeneratedParticipantIsValid() =>
        Prop.ForAll(Seeds, SegmentOptions, (seed, segments) =>
            new CohortGenerator(seed, segments).Generate(300).All(p => IsValid(p, segments)));

    [Property(MaxTest = 20)]
    public Property FillGivesTheSameParticipantsAsGenerate() =>
        Prop.ForAll(Seeds, Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(1, 50).ToArbitrary(), (seed, start, length) =>
        {
            CohortGenerator generator = new(seed);
            Participant[] buffer = new Participant[length];
            generator.Fill(buffer, start);
            return buffer.SequenceEqual(generator.Generate(start + length).Skip(start));
        });

    [Fact]
    public void OneCycleHasTheTable1PartnerCounts()
    {
        CohortGenerator generator = new(7);
        Assert.Equal(518, generator.CycleLength);
        List<Participant> cycle = [.. generator.Generate(generator.CycleLength)];
        foreach (JsonElement row in Rows("tabel-I"))
        {
            Partner partner = DurableEmployability.Reference.Phase1Reconstruction.Partners[row.GetProperty("partner_nr").GetInt32() - 1];
            Assert.Equal(Count(row, "bedrijven"), cycle.Count(p => p.Partner == partner.Code && p.Segment == Segment.Company));
            JsonElement zzp = Value(row, "zzp");
            Assert.Equal(zzp.ValueKind == JsonValueKind.Null ? 0 : zzp.GetInt32(), cycle.Count(p => p.Partner == partner.Code && p.Segment == Segment.SelfEmployed));
        }
    }

    [Fact]
    public void SegmentOptionRestrictsTheCycle()
    {
        Assert.Equal(490, new CohortGenerator(1, CohortSegments.Companies).CycleLength);
        Assert.Equal(28, new CohortGenerator(1, CohortSegments.SelfEmployed).CycleLength);
        Assert.All(new CohortGenerator(1, CohortSegments.SelfEmployed).Generate(100), p => Assert.Equal(Segment.SelfEmployed, p.Segment));
    }

    [Fact]
    public void LargeCohortsStream()
    {
        IEnumerable<Participant> cohort = CohortGenerator.Generate(50_000_000, 3);
        Assert.Equal(3, cohort.Take(3).Count());
        Assert.EndsWith("-G50000000", new CohortGenerator(3).Create(CohortGenerator.MaxCount - 1).Id, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsOutsideTheRangeAreRejected()
    {
        CohortGenerator generator = new(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(CohortGenerator.MaxCount + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Create(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Fill(new Participant[2], CohortGenerator.MaxCount - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CohortGenerator(1, (CohortSegments)0));
    }

    [Fact]
    public void GeneratedCohortKeepsThePhase1Structure()
    {
        // Typology transitions are copied from templates: a cycle-sized sample keeps growth within the published range.
        List<Participant> cohort = [.. new CohortGenerator(11, CohortSegments.Companies).Generate(2000)];
        Assert.All(cohort, p => Assert.InRange(p.Growth!.Value.Value, -3, 5));
        double meanGrowth = cohort.Average(p => p.Growth!.Value.Value);
        Assert.InRange(meanGrowth, 0.9, 1.4); // phase I: 550 / 476 = 1.16
    }

    private static bool IsValid(Participant p, CohortSegments segments)
    {
        if (!p.IsComplete || ((int)segments & (p.Segment == Segment.Company ? 1 : 2)) == 0)
        {
            return false;
        }

        SegmentCatalog catalog = DiCatalog.For(p.Segment);
        Monitor3 m3 = p.Monitor3;
        bool ratingsOk = Enumerable.Range(0, catalog.Opportunities.Count).All(i => m3.Opportunities.RatingAt(i) is >= 0 and <= 5)
            && Enumerable.Range(0, catalog.Obstacles.Count).All(i => m3.Obstacles.RatingAt(i) is >= 0 and <= 5)
            && m3.Opportunities.Ratings.All(r => r.Key.Segment == p.Segment && r.Value.Value is >= 1 and <= 5)
            && m3.Obstacles.Ratings.All(r => r.Key.Segment == p.Segment && r.Value.Value is >= 1 and <= 5);
        return p.Monitor1.Date >= new NodaTime.LocalDate(2015, 1, 1)
            && m3.Date <= new NodaTime.LocalDate(2016, 12, 31)
            && p.Monitor1.Date <= p.Monitor2.Date
            && p.Monitor2.Date <= m3.Date
            && ratingsOk
            && m3.Grade is { Value: >= 1 and <= 10 }
            && m3.Actions.All(a => a.Indicator.Segment == p.Segment && catalog.Indicators.Contains(a.Indicator.Code) && m3.Aspects.Contains(a.Indicator.Aspect))
            && (m3.Aspects.IsEmpty || m3.Aspects.Segment == p.Segment)
            && (p.Segment == Segment.Company ? p.Registration.Headcount >= 1 : p.Registration.Headcount == 1)
            && DurableEmployability.Reference.Phase1Reconstruction.Partners.Any(x => x.Code == p.Partner);
    }
}
