using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Aggregation;

/// <summary>
/// Accumulates participants of one segment into integer counters, from which <see cref="ToReport"/> derives every
/// table of the report. Accumulators merge (<see cref="Merge"/>) and serialize (<see cref="ToState"/>), so partial
/// aggregates of shards, threads or machines combine into the same report as one pass over all data.
/// </summary>
/// <remarks>
/// <para>
/// Only participants of <see cref="ReportOptions.Segment"/> count. A complete participant
/// (<see cref="Participant.IsComplete"/>) enters every table; an incomplete one is only counted in
/// <see cref="Report.ExcludedIncomplete"/>; participants of the other segment are ignored. Missing values count as
/// unanswered or missing in their own table and leave the other tables untouched. Data of another segment inside a
/// participant (a statement rating, aspect set or action indicator of the wrong segment, which validation reports)
/// is treated as missing.
/// </para>
/// <para>
/// The state is a flat array of counters indexed by catalogue order plus a small sector dictionary. The first 2,048
/// complete participants are counted into it directly; after that an accumulator counts through small histograms of
/// packed fields (about 230 KB, allocated once; the technique of <see cref="BulkAggregator"/>), from which the
/// counters are derived exactly whenever they are read. Adding a participant allocates nothing unless it brings a new
/// sector. <see cref="Merge"/> is associative and commutative,
/// and a new accumulator is its identity. Results are unrounded.
/// </para>
/// <para>This class is mutable and <b>not thread-safe</b> (reading it may derive pending counts, so do not read it from
/// several threads at once either): use one accumulator per thread and merge them (as
/// <see cref="ReportAggregator"/> does). Everything it produces is immutable.</para>
/// </remarks>
/// <example>
/// <code>
/// var accumulator = new ReportAccumulator(new ReportOptions(Segment.Company));
/// accumulator.AddRange(dataset.Participants);
/// Report report = accumulator.ToReport();
/// string json = ReportJsonWriter.ToJsonString(report);
/// </code>
/// </example>
public sealed class ReportAccumulator
{
    /// <summary>The number of complete participants counted directly before switching to histograms.</summary>
    internal const int DefaultDirectLimit = 256;

    private readonly CounterLayout layout;
    private readonly long[] counters;
    private readonly Dictionary<string, long> sectors = new(StringComparer.Ordinal);
    private readonly int directLimit;
    private BulkLayout? bulk;
    private uint[]? cells;
    private int pending;
    private SectorEntry[]? recentSectors;
    private PackedBlock? block;

    /// <summary>Initializes a new instance of the <see cref="ReportAccumulator"/> class, empty.</summary>
    /// <param name="options">What to aggregate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ReportAccumulator(ReportOptions options)
        : this(options, DefaultDirectLimit)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportAccumulator"/> class that counts the first <paramref name="directLimit"/> complete participants directly, the rest through histograms.</summary>
    internal ReportAccumulator(ReportOptions options, int directLimit)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        layout = CounterLayout.For(options.Segment, options.SizeClasses);
        counters = new long[layout.Length];
        this.directLimit = directLimit;
    }

    /// <summary>Gets the options.</summary>
    public ReportOptions Options { get; }

    /// <summary>Gets the number of complete participants added so far.</summary>
    public long Participants => Counters[layout.Complete];

    /// <summary>Gets the number of incomplete participants of the segment added so far.</summary>
    public long ExcludedIncomplete => counters[layout.Incomplete];

    /// <summary>Gets the counters, with every participant added so far derived into them.</summary>

    internal CounterLayout Layout => layout;

    internal long[] Counters
    {
        get
        {
            Flush();
            return counters;
        }
    }

    internal Dictionary<string, long> Sectors
    {
        get
        {
            Flush();
            return sectors;
        }
    }

    /// <summary>Restores an accumulator from its state (e.g. one computed on another machine).</summary>
    /// <param name="state">The state.</param>
    /// <returns>A new accumulator holding the state's counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public static ReportAccumulator FromState(AccumulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var accumulator = new ReportAccumulator(state.Options);
        state.Counters.AsSpan().CopyTo(accumulator.counters);
        foreach (KeyCount sector in state.Sectors)
        {
            accumulator.sectors[sector.Key] = sector.Count;
        }

        return accumulator;
    }

    /// <summary>Adds one participant (ignored when of another segment).</summary>
    /// <param name="participant">The participant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is <see langword="null"/>.</exception>
    public void Add(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (participant.Segment != layout.Segment)
        {
            return;
        }

        if (!participant.IsComplete)
        {
            counters[layout.Incomplete]++;
            return;
        }

        if (cells is null && counters[layout.Complete] < directLimit)
        {
            AddComplete(participant.Registration, participant.Monitor1, participant.Monitor3);
        }
        else
        {
            AddThroughHistograms(participant.Registration, participant.Monitor1, participant.Monitor3);
        }
    }

    /// <summary>Adds participants.</summary>
    /// <param name="participants">The participants.</param>
    /// <exception cref="ArgumentNullException">A participant is <see langword="null"/>.</exception>
    public void Add(ReadOnlySpan<Participant> participants)
    {
        PackedBlock block = this.block ??= new PackedBlock();
        Segment segment = layout.Segment;
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

            if (!participant.IsComplete || !CountsThroughHistograms)
            {
                Add(participant);
                continue;
            }

            block.Add(participant, segment, this);
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

    /// <summary>Adds the counts of another accumulator of the same segment and size classes to this one.</summary>
    /// <param name="other">The other accumulator; it is not changed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The other accumulator has another segment or size class scheme, or is this accumulator.</exception>
    /// <remarks>Associative and commutative; a new accumulator is the identity. The group label of this accumulator is kept.</remarks>
    public void Merge(ReportAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other.layout, layout))
        {
            throw new ArgumentException($"Cannot merge an accumulator of {other.layout.Segment} with size classes {other.layout.SizeClasses} into one of {layout.Segment} with size classes {layout.SizeClasses}.", nameof(other));
        }

        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("Cannot merge an accumulator into itself.", nameof(other));
        }

        Flush();
        long[] source = other.Counters;
        for (int i = 0; i < counters.Length; i++)
        {
            counters[i] = checked(counters[i] + source[i]);
        }

        foreach (KeyValuePair<string, long> sector in other.Sectors)
        {
            ref long count = ref CollectionsMarshal.GetValueRefOrAddDefault(sectors, sector.Key, out _);
            count = checked(count + sector.Value);
        }
    }

    /// <summary>Subtracts what <paramref name="other"/> counted (the inverse of <see cref="Merge"/>; used to keep the rest of a grouped state).</summary>
    internal void Subtract(ReportAccumulator other)
    {
        Flush();
        long[] source = other.Counters;
        for (int i = 0; i < counters.Length; i++)
        {
            counters[i] = checked(counters[i] - source[i]);
        }

        foreach (KeyValuePair<string, long> sector in other.Sectors)
        {
            ref long count = ref CollectionsMarshal.GetValueRefOrAddDefault(sectors, sector.Key, out _);
            count = checked(count - sector.Value);
        }
    }

    /// <summary>Returns the immutable, serializable state of this accumulator.</summary>
    /// <returns>The state.</returns>
    public AccumulatorState ToState() => AccumulatorState.Create(Options, Counters, Sectors);

    /// <summary>Builds the report from the counts so far.</summary>
    /// <returns>The immutable report.</returns>
    public Report ToReport() => ReportBuilder.Build(this);

    /// <summary>
    /// Counts a complete participant the fast way: packs its scored fields (as <see cref="CompactBatch"/> does) and
    /// increments one cell per packed field in the histograms of <see cref="BulkLayout"/>, from which
    /// <see cref="Flush"/> derives the counters exactly. Actions and sectors go to the counters directly, so a cell
    /// grows by at most one per participant.
    /// </summary>
    /// <summary>Gets a value indicating whether the next complete participant is counted through the histograms.</summary>
    internal bool CountsThroughHistograms => cells is not null || counters[layout.Complete] >= directLimit;

    /// <summary>Counts a complete participant of this segment packed by <see cref="CompactBatchBuilder.PackScored"/>, with its counted action codes and sector.</summary>
    internal void AddPacked(in CompactRecord record, ReadOnlySpan<byte> actionCodes, string? sector)
    {
        BulkLayout b = bulk ??= BulkLayout.For(layout.Segment, layout.SizeClasses);
        uint[] histograms = cells ??= new uint[b.Length];
        BulkCounting.CountRecord(ref MemoryMarshal.GetArrayDataReference(histograms), in record, b);
        long[] c = counters;
        int actionCounters = layout.Actions;
        foreach (byte code in actionCodes)
        {
            c[actionCounters + code]++;
        }

        CountSector(sector);
    }

    private void AddThroughHistograms(Registration registration, Monitor1 monitor1, Monitor3 monitor3)
    {
        BulkLayout b = bulk ??= BulkLayout.For(layout.Segment, layout.SizeClasses);
        uint[] histograms = cells ??= new uint[b.Length];
        CompactRecord record = default;
        record.Answers = CompactBatchBuilder.PackScored(ref record, registration, monitor1, monitor3, layout.Segment);
        BulkCounting.CountRecord(ref MemoryMarshal.GetArrayDataReference(histograms), in record, b);
        foreach (ImprovementAction action in monitor3.Actions)
        {
            if (CompactBatchBuilder.ActionCode(action, layout.Segment) is int code and >= 0)
            {
                counters[layout.Actions + code]++;
            }
        }

        CountSector(registration.Sector);
    }

    /// <summary>Counts the sector of a participant counted through the histograms (and the participant as pending).</summary>
    private void CountSector(string? sector)
    {
        if (string.IsNullOrEmpty(sector))
        {
            counters[layout.SectorsUnanswered]++;
        }
        else
        {
            // Sectors are usually a few string instances: count per instance, into the dictionary at Flush.
            SectorEntry[] recent = recentSectors ??= new SectorEntry[61];
            ref SectorEntry entry = ref recent[(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(sector) & 0x7FFFFFFF) % recent.Length];
            if (!ReferenceEquals(entry.Key, sector))
            {
                if (entry.Key is not null)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(sectors, entry.Key, out _) += entry.Count;
                }

                entry.Key = sector;
                entry.Count = 0;
            }

            entry.Count++;
        }

        if (++pending == int.MaxValue)
        {
            Flush();
        }
    }

    /// <summary>Derives the counters of the participants held in the histograms, and empties them.</summary>
    private void Flush()
    {
        if (pending == 0 || cells is null)
        {
            return;
        }

        BulkCounting.Derive(bulk!, cells, counters);
        Array.Clear(cells);
        if (recentSectors is not null)
        {
            foreach (ref SectorEntry entry in recentSectors.AsSpan())
            {
                if (entry.Key is not null && entry.Count != 0)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(sectors, entry.Key, out _) += entry.Count;
                    entry.Count = 0;
                }
            }
        }

        pending = 0;
    }

    private void AddComplete(Registration registration, Monitor1 monitor1, Monitor3 monitor3)
    {
        CounterLayout l = layout;
        long[] c = counters;
        c[l.Complete]++;

        int start = monitor1.Typology.Index;
        int end = monitor3.Typology.Index;
        c[l.TypologyStart + start]++;
        c[l.TypologyEnd + end]++;
        c[l.Transitions + (start * CounterLayout.Steps) + end]++;

        AspectSet aspects = monitor3.Aspects;
        if (aspects.Segment == l.Segment)
        {
            int mask = aspects.Mask;
            for (int i = 0; mask != 0; i++, mask >>= 1)
            {
                if ((mask & 1) != 0)
                {
                    c[l.Aspects + i]++;
                }
            }
        }

        AddScale(l.Opportunities, monitor3.Opportunities);
        AddScale(l.Obstacles, monitor3.Obstacles);

        Continuation? continuation = monitor3.Continuation;
        int k = l.Continuation;
        switch (continuation?.Continues)
        {
            case true:
                c[k]++;
                c[k + continuation.Form switch
                {
                    ContinuationForm.Continue => 3,
                    ContinuationForm.NewActivities => 4,
                    _ => 5,
                }]++;
                c[k + continuation.SupportWanted switch
                {
                    true => 6,
                    false => 7,
                    null => 8,
                }]++;
                break;
            case false:
                c[k + 1]++;
                break;
            default:
                c[k + 2]++;
                break;
        }

        foreach (ImprovementAction action in monitor3.Actions)
        {
            Indicator indicator = action.Indicator;
            int followUp = (int)action.FollowUp;
            if (indicator is not null && indicator.Segment == l.Segment && followUp is >= 1 and <= 3)
            {
                c[l.Actions + (indicator.Order * 3) + followUp - 1]++;
            }
        }

        int satisfaction = monitor3.Satisfaction is { } s && (int)s is >= 1 and <= 4 ? (int)s : 0;
        c[l.Satisfaction + satisfaction]++;
        c[l.Grades + (monitor3.Grade?.Value ?? 0)]++;

        c[l.Diagnosis + MaskOf(monitor1.Diagnosis, ApproachField.Diagnosis)]++;
        c[l.Presentation + MaskOf(monitor1.Presentation, ApproachField.Presentation)]++;
        c[l.Execution + MaskOf(monitor1.Execution, ApproachField.Execution)]++;

        c[l.SizeClassCounts + (registration.Headcount is { } headcount and >= 1 ? 1 + l.SizeClasses.ClassOf(headcount) : 0)]++;
        c[l.PermanentContracts + BandOf(registration.PermanentContracts)]++;
        c[l.Men + BandOf(registration.Men)]++;
        BandMap<AgeGroup> ages = registration.AgeGroups;
        for (int g = 0; g < 3; g++)
        {
            c[l.AgeGroups + (g * CounterLayout.BandSlots) + ages.BandIndexAt(g)]++;
        }

        BandMap<EducationLevel> education = registration.EducationLevels;
        for (int g = 0; g < 5; g++)
        {
            c[l.EducationLevels + (g * CounterLayout.BandSlots) + education.BandIndexAt(g)]++;
        }

        string? sector = registration.Sector;
        if (string.IsNullOrEmpty(sector))
        {
            c[l.SectorsUnanswered]++;
        }
        else
        {
            CollectionsMarshal.GetValueRefOrAddDefault(sectors, sector, out _)++;
        }
    }

    private static int MaskOf(ApproachSelection selection, ApproachField field) =>
        selection.Field == field ? selection.Mask : 0;

    private static int BandOf(ShareBand? band) => band is { } b && (int)b is >= 1 and <= 4 ? (int)b : 0;

    private void AddScale(CounterLayout.ScaleLayout s, StatementRatings ratings)
    {
        long[] c = counters;
        int k = s.K;
        Span<int> x = stackalloc int[k];
        bool usable = ratings is not null && ratings.Count > 0 && ratings.Segment == layout.Segment && ratings.Scale == s.Scale;
        bool all = usable;
        for (int i = 0; i < k; i++)
        {
            int r = usable ? ratings!.RatingAt(i) : 0;
            x[i] = r;
            c[s.Counts + (i * 6) + r]++;
            if (r == 0)
            {
                all = false;
            }
        }

        if (!usable)
        {
            return;
        }

        if (all)
        {
            c[s.ListwiseCount]++;
            int t = s.ListwiseCross;
            for (int i = 0; i < k; i++)
            {
                c[s.ListwiseSums + i] += x[i];
                for (int j = i; j < k; j++)
                {
                    c[t++] += x[i] * x[j];
                }
            }
        }

        for (int i = 0; i < k; i++)
        {
            int xi = x[i];
            if (xi == 0)
            {
                continue;
            }

            int row = i * k;
            for (int j = 0; j < k; j++)
            {
                int xj = x[j];
                if (xj == 0)
                {
                    continue;
                }

                c[s.PairCounts + row + j]++;
                c[s.PairSums + row + j] += xi;
                c[s.PairSquares + row + j] += xi * xi;
                c[s.PairCross + row + j] += xi * xj;
            }
        }
    }

    /// <summary>Pending count of one sector string instance.</summary>
    private struct SectorEntry
    {
        public string? Key;
        public long Count;
    }
}
