using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Aggregation;

/// <summary>
/// Accumulates an overall report and one report per group (e.g. per partner) in the same pass, producing a
/// <see cref="BreakdownReport"/>.
/// </summary>
/// <remarks>
/// <para>
/// Groups are the declared keys, in the order given (for <see cref="ByPartner"/>: the dataset's <c>partners</c>
/// array), each reported even when no participant falls in it (then every table has n = 0); keys met in the data
/// but not declared follow in ordinal order. A participant whose key is <see langword="null"/> counts in the overall
/// report only. Within each group the rules of <see cref="ReportAccumulator"/> hold: only the segment's participants
/// count, incomplete ones in <see cref="Report.ExcludedIncomplete"/>.
/// </para>
/// <para>
/// <see cref="Merge"/> is associative and commutative (group order does not depend on the order of adding or merging).
/// This class is mutable and <b>not thread-safe</b>; use one per thread and merge them.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var grouped = GroupedReportAccumulator.ByPartner(new ReportOptions(Segment.Company), dataset.Partners);
/// grouped.AddRange(dataset.Participants);
/// BreakdownReport breakdown = grouped.ToReport();
/// </code>
/// </example>
public sealed class GroupedReportAccumulator
{
    private readonly ReportAccumulator rest; // participants without a key, and what a state's overall holds beyond its groups
    private readonly Func<Participant, string?> keyOf;
    private readonly List<string> keys;
    private readonly List<ReportAccumulator> groups;
    private readonly Dictionary<string, int> indexOf = new(StringComparer.Ordinal);
    private readonly int declaredCount;
    private readonly KeyEntry[] recent = new KeyEntry[61];
    private PackedBlock? block;

    /// <summary>Initializes a new instance of the <see cref="GroupedReportAccumulator"/> class.</summary>
    /// <param name="options">The options of the overall report (its <see cref="ReportOptions.Group"/> is ignored).</param>
    /// <param name="by">What the groups are, written as <c>group.by</c> (e.g. <c>partner</c>).</param>
    /// <param name="keyOf">The group key of a participant, or <see langword="null"/> for none.</param>
    /// <param name="declaredKeys">The keys reported in this order even when empty; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument or a declared key is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A declared key is repeated.</exception>
    public GroupedReportAccumulator(ReportOptions options, string by, Func<Participant, string?> keyOf, IEnumerable<string> declaredKeys)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(declaredKeys);
        Options = options with { Group = null };
        By = by;
        this.keyOf = keyOf;
        rest = new ReportAccumulator(Options);
        keys = [];
        groups = [];
        foreach (string key in declaredKeys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(declaredKeys));
            if (indexOf.ContainsKey(key))
            {
                throw new ArgumentException($"The group key '{key}' is repeated.", nameof(declaredKeys));
            }

            AddGroup(key);
        }

        declaredCount = keys.Count;
    }

    /// <summary>Gets the options of the overall report.</summary>
    public ReportOptions Options { get; }

    /// <summary>Gets what the groups are (<c>group.by</c>).</summary>
    public string By { get; }

    /// <summary>Returns an accumulator grouped by partner: one group per partner in the given order, keyed by <see cref="Participant.Partner"/>.</summary>
    /// <param name="options">The options of the overall report.</param>
    /// <param name="partners">The dataset's partners, in the order of its <c>partners</c> array.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException">An argument or a partner is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A partner code is repeated.</exception>
    public static GroupedReportAccumulator ByPartner(ReportOptions options, IEnumerable<Partner> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        var codes = new List<string>();
        foreach (Partner partner in partners)
        {
            ArgumentNullException.ThrowIfNull(partner, nameof(partners));
            codes.Add(partner.Code);
        }

        return new GroupedReportAccumulator(options, ReportGroup.ByPartner, static p => p.Partner, codes);
    }

    /// <summary>Adds one participant to the overall report and to its group.</summary>
    /// <param name="participant">The participant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is <see langword="null"/>.</exception>
    public void Add(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (participant.Segment != Options.Segment)
        {
            return;
        }

        // Each participant is counted once, in its group or in the rest; the overall report is their sum (Overall).
        if (keyOf(participant) is { } key)
        {
            groups[IndexOf(key)].Add(participant);
        }
        else
        {
            rest.Add(participant);
        }
    }

    /// <summary>Adds participants.</summary>
    /// <param name="participants">The participants.</param>
    /// <exception cref="ArgumentNullException">A participant is <see langword="null"/>.</exception>
    public void Add(ReadOnlySpan<Participant> participants)
    {
        // Blocks of participants packed first and counted second (see PackedBlock); the counts are order-free.
        PackedBlock block = this.block ??= new PackedBlock();
        DurableEmployability.Catalog.Segment segment = Options.Segment;
        foreach (Participant participant in participants)
        {
            if (participant is null)
            {
                block.Count();
                ArgumentNullException.ThrowIfNull(participant, nameof(participants));
            }

            if (participant.Segment != segment)
            {
                continue;
            }

            ReportAccumulator target = keyOf(participant) is { } key ? groups[IndexOf(key)] : rest;
            if (!participant.IsComplete || !target.CountsThroughHistograms)
            {
                target.Add(participant);
                continue;
            }

            block.Add(participant, segment, target);
            if (block.IsFull)
            {
                block.Count();
            }
        }

        block.Count();
    }

    /// <summary>Adds participants, enumerating them once.</summary>
    /// <param name="participants">The participants.</param>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> or one of them is <see langword="null"/>.</exception>
    public void AddRange(IEnumerable<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        foreach (Participant participant in participants)
        {
            Add(participant);
        }
    }

    /// <summary>Adds the counts of another grouped accumulator with the same options and grouping to this one.</summary>
    /// <param name="other">The other accumulator; it is not changed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The other accumulator has other options or another <see cref="By"/>, or is this accumulator.</exception>
    public void Merge(GroupedReportAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this) || other.Options != Options || other.By != By)
        {
            throw new ArgumentException("Can only merge a different grouped accumulator with equal options and grouping.", nameof(other));
        }

        rest.Merge(other.rest);
        for (int i = 0; i < other.keys.Count; i++)
        {
            if (!indexOf.TryGetValue(other.keys[i], out int index))
            {
                index = AddGroup(other.keys[i]);
            }

            groups[index].Merge(other.groups[i]);
        }
    }

    /// <summary>Merges a partial accumulator of the participants with group key <paramref name="key"/> into the overall report and that group.</summary>
    internal void MergePart(string? key, ReportAccumulator part)
    {
        if (key is not null)
        {
            groups[IndexOf(key)].Merge(part);
        }
        else
        {
            rest.Merge(part);
        }
    }

    /// <summary>Restores a grouped accumulator from its state (e.g. one computed on another machine).</summary>
    /// <param name="state">The state.</param>
    /// <param name="keyOf">The group key of a participant, for participants added later (the state does not hold code).</param>
    /// <returns>A new grouped accumulator holding the state's counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A group state has no group key (states read by <see cref="GroupedAccumulatorState.FromJson(string)"/> always have one).</exception>
    public static GroupedReportAccumulator FromState(GroupedAccumulatorState state, Func<Participant, string?> keyOf)
    {
        ArgumentNullException.ThrowIfNull(state);
        var grouped = new GroupedReportAccumulator(state.Overall.Options, state.By, keyOf, state.DeclaredKeys);
        grouped.rest.Merge(ReportAccumulator.FromState(state.Overall));
        foreach (AccumulatorState group in state.Groups)
        {
            string key = group.Options.Group?.Key ?? throw new ArgumentException("A group state has no group key.", nameof(state));
            if (!grouped.indexOf.TryGetValue(key, out int index))
            {
                index = grouped.AddGroup(key);
            }

            var part = ReportAccumulator.FromState(group);
            grouped.groups[index].Merge(part);
            grouped.rest.Subtract(part); // the state's overall already holds its groups
        }

        return grouped;
    }

    /// <summary>Returns the immutable, serializable state of this grouped accumulator.</summary>
    /// <returns>The state.</returns>
    public GroupedAccumulatorState ToState()
    {
        var states = ImmutableArray.CreateBuilder<AccumulatorState>(keys.Count);
        foreach (int i in ReportOrder())
        {
            states.Add(groups[i].ToState());
        }

        return new GroupedAccumulatorState(By, keys.GetRange(0, declaredCount).ToImmutableArray(), Overall().ToState(), states.MoveToImmutable());
    }

    /// <summary>Builds the overall report and the group reports.</summary>
    /// <returns>The breakdown report.</returns>
    public BreakdownReport ToReport()
    {
        var reports = ImmutableArray.CreateBuilder<Report>(keys.Count);
        foreach (int i in ReportOrder())
        {
            reports.Add(groups[i].ToReport());
        }

        return new BreakdownReport(Overall().ToReport(), reports.MoveToImmutable());
    }

    private List<int> ReportOrder()
    {
        var order = new List<int>(keys.Count);
        for (int i = 0; i < keys.Count; i++)
        {
            order.Add(i);
        }

        order.Sort(declaredCount, keys.Count - declaredCount, Comparer<int>.Create((a, b) => string.CompareOrdinal(keys[a], keys[b])));
        return order;
    }

    /// <summary>The overall accumulator: the rest plus every group.</summary>
    private ReportAccumulator Overall()
    {
        var overall = new ReportAccumulator(Options);
        overall.Merge(rest);
        foreach (ReportAccumulator group in groups)
        {
            overall.Merge(group);
        }

        return overall;
    }

    private int IndexOf(string key)
    {
        // A participant's key is usually one of a few string instances (the dataset's partner codes): look the
        // instance up first, which needs no hashing of the text.
        ref KeyEntry entry = ref recent[(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key) & 0x7FFFFFFF) % recent.Length];
        if (ReferenceEquals(entry.Key, key))
        {
            return entry.Index;
        }

        if (!indexOf.TryGetValue(key, out int index))
        {
            index = AddGroup(key);
        }

        entry = new KeyEntry(key, index);
        return index;
    }

    private int AddGroup(string key)
    {
        int index = keys.Count;
        keys.Add(key);
        groups.Add(new ReportAccumulator(Options with { Group = new ReportGroup(By, key) }));
        indexOf.Add(key, index);
        return index;
    }

    private readonly record struct KeyEntry(string? Key, int Index);
}
