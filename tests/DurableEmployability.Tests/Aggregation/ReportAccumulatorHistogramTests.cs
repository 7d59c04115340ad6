using System.Linq;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DurableEmployability.Tests.Aggregation;

/// <summary>
/// After its first participants a <see cref="ReportAccumulator"/> counts through histograms; these properties force the
/// switch early (an internal limit) and compare with counting every participant directly.
/// </summary>
public class ReportAccumulatorHistogramTests
{
    private const int Tests = 60;

    private static readonly Arbitrary<(Participant[] A, Participant[] B, Segment Segment, int Limit)> Cases =
        (from a in ParticipantGen.Cohort(50)
         from b in ParticipantGen.Cohort(30)
         from segment in Gen.Elements(Segment.Company, Segment.SelfEmployed)
         from limit in Gen.Elements(0, 1, 3, 10, 25)
         select (a, b, segment, limit)).ToArbitrary();

    private static ReportAccumulator Accumulate(Participant[] participants, Segment segment, int limit)
    {
        var accumulator = new ReportAccumulator(new ReportOptions(segment), limit);
        accumulator.Add(participants);
        return accumulator;
    }

    [Property(MaxTest = Tests)]
    public Property CountingThroughHistogramsGivesTheSameStateAndReportAsCountingDirectly() => Prop.ForAll(Cases, t =>
    {
        ReportAccumulator direct = Accumulate(t.A, t.Segment, int.MaxValue);
        ReportAccumulator histograms = Accumulate(t.A, t.Segment, t.Limit);
        return histograms.ToState() == direct.ToState() && histograms.ToReport() == direct.ToReport()
            && histograms.Participants == direct.Participants;
    });

    [Property(MaxTest = Tests)]
    public Property ReadingBetweenAddsAndMergingKeepTheCountsExact() => Prop.ForAll(Cases, t =>
    {
        ReportAccumulator direct = Accumulate([.. t.A, .. t.B], t.Segment, int.MaxValue);
        ReportAccumulator first = Accumulate(t.A, t.Segment, t.Limit);
        long participantsOfA = first.Participants; // derives the pending counts
        first.Add(t.B);
        ReportAccumulator merged = Accumulate(t.B, t.Segment, t.Limit);
        merged.Merge(Accumulate(t.A, t.Segment, t.Limit));
        return participantsOfA == t.A.Count(p => p.Segment == t.Segment && p.IsComplete)
            && first.ToState() == direct.ToState()
            && merged.ToState() == direct.ToState();
    });
}
