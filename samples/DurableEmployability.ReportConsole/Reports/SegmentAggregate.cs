using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;

namespace DurableEmployability.ReportConsole.Reports;

/// <summary>The aggregate of one segment: an overall accumulator, or a per-partner one that also holds the overall report.</summary>
/// <remarks>Mutable and not thread-safe: use one per thread and merge.</remarks>
internal sealed class SegmentAggregate
{
    private readonly ReportAccumulator? overall;
    private readonly GroupedReportAccumulator? grouped;
    private readonly ReportOptions options;
    private readonly IReadOnlyList<Partner>? partners;

    /// <summary>Initializes a new instance of the <see cref="SegmentAggregate"/> class.</summary>
    /// <param name="segment">The segment.</param>
    /// <param name="partners">The partners, when a report per partner is wanted; otherwise <see langword="null"/>.</param>
    public SegmentAggregate(Segment segment, IEnumerable<Partner>? partners)
    {
        Segment = segment;
        options = new ReportOptions(segment);
        this.partners = partners is null ? null : [.. partners];
        if (partners is null)
        {
            overall = new ReportAccumulator(options);
        }
        else
        {
            grouped = GroupedReportAccumulator.ByPartner(options, partners);
        }
    }

    /// <summary>Gets the segment.</summary>
    public Segment Segment { get; }

    /// <summary>Adds a participant (one of the other segment is ignored by the library).</summary>
    /// <param name="participant">The participant.</param>
    public void Add(Participant participant)
    {
        overall?.Add(participant);
        grouped?.Add(participant);
    }

    /// <summary>Adds participants.</summary>
    /// <param name="participants">The participants.</param>
    public void Add(ReadOnlySpan<Participant> participants)
    {
        overall?.Add(participants);
        grouped?.Add(participants);
    }

    /// <summary>Adds the participants of a compact batch (the bulk path: the same counts as adding the rich records).</summary>
    /// <param name="batch">The batch.</param>
    public void Add(CompactBatch batch)
    {
        overall?.Merge(BulkAggregator.Aggregate(batch, options, maxDegreeOfParallelism: 1));
        grouped?.Merge(BulkAggregator.AggregateByPartner(batch, options, partners!, maxDegreeOfParallelism: 1));
    }

    /// <summary>Merges another aggregate of the same segment and kind into this one.</summary>
    /// <param name="other">The other aggregate.</param>
    public void Merge(SegmentAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (overall is not null && other.overall is not null)
        {
            overall.Merge(other.overall);
        }
        else if (grouped is not null && other.grouped is not null)
        {
            grouped.Merge(other.grouped);
        }
        else
        {
            throw new ArgumentException("Only aggregates of the same kind merge.", nameof(other));
        }
    }

    /// <summary>Builds the reports.</summary>
    /// <param name="partners">The dataset's partners: the breakdown has one report per partner, in this order (also for a
    /// partner without participants), whatever the order in which the partners were met.</param>
    /// <returns>The overall report and, per partner, the breakdown (or <see langword="null"/>).</returns>
    public (Report Overall, BreakdownReport? Breakdown) ToReports(IReadOnlyList<Partner> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        if (grouped is null)
        {
            return (overall!.ToReport(), null);
        }

        BreakdownReport breakdown = grouped.ToReport();
        var byKey = new Dictionary<string, Report>(StringComparer.Ordinal);
        foreach (Report group in breakdown.Groups)
        {
            if (group.Group is { } key)
            {
                byKey[key.Key] = group;
            }
        }

        var groups = ImmutableArray.CreateBuilder<Report>(partners.Count);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (Partner partner in partners)
        {
            if (!listed.Add(partner.Code))
            {
                continue;
            }

            groups.Add(byKey.TryGetValue(partner.Code, out Report? report)
                ? report
                : new ReportAccumulator(new ReportOptions(Segment) { Group = new ReportGroup(ReportGroup.ByPartner, partner.Code) }).ToReport());
        }

        // Participants of a partner that is not listed make the dataset invalid; for safety their groups follow, as the library orders them.
        foreach (Report group in breakdown.Groups)
        {
            if (group.Group is { } key && !listed.Contains(key.Key))
            {
                groups.Add(group);
            }
        }

        return (breakdown.Overall, breakdown with { Groups = groups.ToImmutable() });
    }
}
