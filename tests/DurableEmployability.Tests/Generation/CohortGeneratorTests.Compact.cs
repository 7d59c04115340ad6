using System;
using System.Linq;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Generation;
using DurableEmployability.Reference;
using DurableEmployability.Trajectories;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Generation;

public partial class CohortGeneratorTests
{
    private static readonly Arbitrary<(ulong Seed, CohortSegments Segments, int Start, int Count, Segment Segment)> CompactCases =
        (from seed in Gen.Choose(0, int.MaxValue)
         from segments in Gen.Elements(CohortSegments.Companies, CohortSegments.SelfEmployed, CohortSegments.Both)
         from start in Gen.Choose(0, 5_000)
         from count in Gen.Choose(0, 1_500)
         from segment in Gen.Elements(Segment.Company, Segment.SelfEmployed)
         select ((ulong)seed, segments, start, count, segment)).ToArbitrary();

    [Property(MaxTest = 25)]
    public Property ACompactCohortAggregatesToTheReportOfTheSameRichParticipants() => Prop.ForAll(CompactCases, t =>
    {
        var generator = new CohortGenerator(t.Seed, t.Segments);
        var options = new ReportOptions(t.Segment);
        Participant[] rich = [.. Enumerable.Range(t.Start, t.Count).Select(i => generator.Create(i))];
        CompactBatch compact = generator.CreateCompact(t.Count, t.Start);
        var grouped = GroupedReportAccumulator.ByPartner(options, Phase1Reconstruction.Partners);
        grouped.AddRange(rich);
        return compact.Count == t.Count
            && BulkAggregator.AggregateByPartner(compact, options, Phase1Reconstruction.Partners).ToState() == grouped.ToState()
            && BulkAggregator.Aggregate(compact, options).ToReport() == ReportAggregator.Aggregate(rich, options);
    });

    [Fact]
    public void CreateCompactValidatesItsArguments()
    {
        var generator = new CohortGenerator(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.CreateCompact(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.CreateCompact(1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.CreateCompact(2, CohortGenerator.MaxCount - 1));
        Assert.Equal(0, generator.CreateCompact(0).Count);
    }
}
