using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Aggregation;

/// <summary>
/// Builds a <see cref="CompactBatch"/> one participant at a time, so a reader or generator can fill it while streaming,
/// without keeping the rich records.
/// </summary>
/// <remarks>
/// <para>
/// Each participant is reduced to the 32 bytes the report counts (plus one byte per improvement action); data that
/// <see cref="ReportAccumulator"/> would treat as missing (another segment's ratings, aspects or indicators, an
/// approach selection of the wrong field) is stored as missing. Participants of an undefined segment are skipped,
/// as no report counts them. A batch holds at most 65,535 distinct partner codes and 65,535 distinct sectors.
/// </para>
/// <para>This class is mutable and <b>not thread-safe</b>; the batches it builds are immutable.</para>
/// </remarks>
/// <example>
/// <code>
/// var builder = new CompactBatchBuilder();
/// foreach (Participant participant in DatasetReader.Open(stream).Participants())
/// {
///     builder.Add(participant);
/// }
///
/// CompactBatch batch = builder.ToBatch();
/// </code>
/// </example>
public sealed class CompactBatchBuilder
{
    private const int MaxKeys = ushort.MaxValue;

    private readonly Dictionary<string, int> partnerIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> sectorIndex = new(StringComparer.Ordinal);
    private readonly List<string> partners = [];
    private readonly List<string> sectors = [];
    private CompactRecord[] records;
    private byte[] actions = new byte[64];
    private int count;
    private int actionCount;

    /// <summary>Initializes a new instance of the <see cref="CompactBatchBuilder"/> class.</summary>
    /// <param name="capacity">The number of participants to reserve room for.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public CompactBatchBuilder(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        records = new CompactRecord[Math.Max(capacity, 16)];
    }

    /// <summary>Gets the number of participants added so far.</summary>
    public int Count => count;

    /// <summary>Adds one participant.</summary>
    /// <param name="participant">The participant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The batch would exceed 65,535 distinct partners or sectors, or <see cref="int.MaxValue"/> participants or actions.</exception>
    public void Add(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        Segment segment = participant.Segment;
        if (segment is not (Segment.Company or Segment.SelfEmployed))
        {
            return;
        }

        CompactRecord record = default;
        record.ActionStart = actionCount;
        record.Partner = Key(partnerIndex, partners, participant.Partner);
        uint answers = segment == Segment.SelfEmployed ? CompactRecord.SelfEmployedBit : 0u;
        if (participant.IsComplete)
        {
            answers |= CompactRecord.CompleteBit;
            answers |= Pack(ref record, participant.Registration, participant.Monitor1, participant.Monitor3, segment);
        }

        record.Answers = answers;
        Append(in record);
    }

    /// <summary>Adds participants, enumerating them once.</summary>
    /// <param name="participants">The participants.</param>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The batch would exceed its limits (see <see cref="Add(Participant)"/>).</exception>
    public void AddRange(IEnumerable<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        foreach (Participant participant in participants)
        {
            Add(participant);
        }
    }

    /// <summary>Adds participants.</summary>
    /// <param name="participants">The participants.</param>
    /// <exception cref="ArgumentNullException">A participant is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The batch would exceed its limits (see <see cref="Add(Participant)"/>).</exception>
    public void Add(ReadOnlySpan<Participant> participants)
    {
        foreach (Participant participant in participants)
        {
            Add(participant);
        }
    }

    /// <summary>Returns a batch of the participants added so far and empties this builder.</summary>
    /// <returns>The immutable batch.</returns>
    public CompactBatch ToBatch()
    {
        // Stored grouped by partner, then segment (a stable counting sort, actions moved along), so that the bulk
        // aggregation reads each partner's records of one segment as one contiguous run, actions included.
        int slots = 2 * (partners.Count + 1);
        var keyStarts = new int[slots + 1];
        var actionStarts = new long[slots + 1];
        for (int r = 0; r < count; r++)
        {
            int key = KeyOf(in records[r]);
            keyStarts[key + 1]++;
            actionStarts[key + 1] += ActionsOf(r);
        }

        for (int key = 0; key < slots; key++)
        {
            keyStarts[key + 1] += keyStarts[key];
            actionStarts[key + 1] += actionStarts[key];
        }

        var data = new CompactRecord[count];
        var codes = new byte[actionStarts[slots]];
        int[] nextRecord = keyStarts.AsSpan(0, slots).ToArray();
        long[] nextAction = actionStarts.AsSpan(0, slots).ToArray();
        for (int r = 0; r < count; r++)
        {
            CompactRecord record = records[r];
            int key = KeyOf(in record);
            int n = ActionsOf(r);
            int at = (int)nextAction[key];
            actions.AsSpan(record.ActionStart, n).CopyTo(codes.AsSpan(at));
            record.ActionStart = at;
            data[nextRecord[key]++] = record;
            nextAction[key] += n;
        }

        CompactBatch batch = new(data, codes, [.. partners], [.. sectors], keyStarts);
        Clear();
        return batch;
    }

    /// <summary>Returns the records and actions in the order added (no grouping), and empties this builder.</summary>
    internal (CompactRecord[] Records, byte[] Actions, ImmutableArray<string> Sectors) ToArrays()
    {
        (CompactRecord[] Records, byte[] Actions, ImmutableArray<string> Sectors) result = (records.AsSpan(0, count).ToArray(), actions.AsSpan(0, actionCount).ToArray(), [.. sectors]);
        Clear();
        return result;
    }

    /// <summary>The run of a record in a batch: 2 × partner slot + 1 for the self-employed.</summary>
    internal static int KeyOf(in CompactRecord record) =>
        (2 * record.Partner) + ((record.Answers & CompactRecord.SelfEmployedBit) != 0 ? 1 : 0);

    /// <summary>The number of action codes of record <paramref name="r"/> that count: none for an incomplete record.</summary>
    private int ActionsOf(int r)
    {
        if ((records[r].Answers & CompactRecord.CompleteBit) == 0)
        {
            return 0;
        }

        int end = r + 1 < count ? records[r + 1].ActionStart : actionCount;
        return end - records[r].ActionStart;
    }

    private void Clear()
    {
        records = new CompactRecord[16];
        actions = new byte[64];
        count = 0;
        actionCount = 0;
        partners.Clear();
        sectors.Clear();
        partnerIndex.Clear();
        sectorIndex.Clear();
    }

    /// <summary>Appends a record whose partner and sector indexes refer to this builder's tables.</summary>
    internal void Append(in CompactRecord record)
    {
        if (count == records.Length)
        {
            if (count == int.MaxValue)
            {
                throw new InvalidOperationException("A compact batch holds at most int.MaxValue participants.");
            }

            Array.Resize(ref records, (int)Math.Min(int.MaxValue, 2L * count));
        }

        records[count++] = record;
    }

    /// <summary>Appends the action codes of a record about to be appended.</summary>
    internal void AppendActions(ReadOnlySpan<byte> codes)
    {
        EnsureActions(codes.Length);
        codes.CopyTo(actions.AsSpan(actionCount));
        actionCount += codes.Length;
    }

    /// <summary>Gets the index of the next action code.</summary>
    internal int ActionCount => actionCount;

    /// <summary>Returns the stored index (1-based, 0 for none) of a partner code.</summary>
    internal ushort PartnerKey(string? code) => Key(partnerIndex, partners, code);

    /// <summary>Returns the stored index (1-based, 0 for unanswered) of a sector.</summary>
    internal ushort SectorKey(string? sector) => string.IsNullOrEmpty(sector) ? (ushort)0 : Key(sectorIndex, sectors, sector);

    /// <summary>Fills the scored fields, sector and actions of a complete participant and returns the answer bits other than segment and completeness.</summary>
    internal uint Pack(ref CompactRecord record, Registration registration, Monitor1 monitor1, Monitor3 monitor3, Segment segment)
    {
        uint answers = PackScored(ref record, registration, monitor1, monitor3, segment);
        record.Sector = SectorKey(registration.Sector);
        EnsureActions(monitor3.Actions.Count);
        foreach (ImprovementAction action in monitor3.Actions)
        {
            if (ActionCode(action, segment) is int code and >= 0)
            {
                actions[actionCount++] = (byte)code;
            }
        }

        return answers;
    }

    /// <summary>Returns the action code (indicator order × 3 + follow-up − 1) of an action that counts for the segment, or −1.</summary>
    internal static int ActionCode(ImprovementAction? action, Segment segment)
    {
        Indicator? indicator = action?.Indicator;
        int followUp = action is null ? 0 : (int)action.FollowUp;
        return indicator is not null && indicator.Segment == segment && followUp is >= 1 and <= 3 ? (indicator.Order * 3) + followUp - 1 : -1;
    }

    /// <summary>Fills the scored fields of a complete participant except sector and actions, and returns the answer bits other than segment and completeness.</summary>
    internal static uint PackScored(ref CompactRecord record, Registration registration, Monitor1 monitor1, Monitor3 monitor3, Segment segment)
    {
        SegmentCatalog catalog = DiCatalog.For(segment);
        record.Typology = (byte)((monitor1.Typology.Index * 7) + monitor3.Typology.Index);
        AspectSet aspects = monitor3.Aspects;
        record.Aspects = aspects.Segment == segment ? (byte)aspects.Mask : (byte)0;

        uint answers = 0;
        if (PackRatings(record.Opportunities, monitor3.Opportunities, segment, StatementScale.Opportunity, catalog.Opportunities.Count))
        {
            answers |= CompactRecord.OpportunitiesListwiseBit;
        }

        if (PackRatings(record.Obstacles, monitor3.Obstacles, segment, StatementScale.Obstacle, catalog.Obstacles.Count))
        {
            answers |= CompactRecord.ObstaclesListwiseBit;
        }

        answers |= (uint)MaskOf(monitor1.Diagnosis, ApproachField.Diagnosis);
        answers |= (uint)MaskOf(monitor1.Presentation, ApproachField.Presentation) << 7;
        answers |= (uint)MaskOf(monitor1.Execution, ApproachField.Execution) << 12;
        int satisfaction = monitor3.Satisfaction is { } s && (int)s is >= 1 and <= 4 ? (int)s : 0;
        int grade = monitor3.Grade?.Value ?? 0;
        answers |= (uint)((satisfaction * 11) + grade) << 18;
        answers |= (uint)ContinuationState(monitor3.Continuation) << 24;

        int profile = BandOf(registration.PermanentContracts) | (BandOf(registration.Men) << 3);
        BandMap<AgeGroup> ages = registration.AgeGroups;
        for (int g = 0; g < 3; g++)
        {
            profile |= ages.BandIndexAt(g) << (6 + (3 * g));
        }

        BandMap<EducationLevel> education = registration.EducationLevels;
        for (int g = 0; g < 5; g++)
        {
            profile |= education.BandIndexAt(g) << (15 + (3 * g));
        }

        record.Profile = (uint)profile;
        record.Headcount = registration.Headcount is { } headcount and >= 1 ? headcount : 0;
        return answers;
    }

    /// <summary>Packs ratings two per byte; returns whether every item is rated.</summary>
    internal static bool PackRatings(Span<byte> destination, StatementRatings ratings, Segment segment, StatementScale scale, int k)
    {
        bool usable = ratings is not null && ratings.Count > 0 && ratings.Segment == segment && ratings.Scale == scale;
        if (!usable)
        {
            destination.Clear();
            return false;
        }

        // The ratings object keeps its patterns packed (its array has one slot per statement of the scale, k).
        ulong packed = ratings!.PackedPairs;
        for (int g = 0; g < destination.Length; g++)
        {
            destination[g] = unchecked((byte)(packed >> (8 * g)));
        }

        return ratings.AllRated;
    }

    private static int ContinuationState(Continuation? continuation) => continuation?.Continues switch
    {
        true => 2 + (3 * continuation.Form switch
        {
            ContinuationForm.Continue => 1,
            ContinuationForm.NewActivities => 2,
            _ => 0,
        }) + continuation.SupportWanted switch
        {
            true => 1,
            false => 2,
            null => 0,
        },
        false => 1,
        null => 0,
    };

    private static int MaskOf(ApproachSelection selection, ApproachField field) =>
        selection.Field == field ? selection.Mask : 0;

    private static int BandOf(ShareBand? band) => band is { } b && (int)b is >= 1 and <= 4 ? (int)b : 0;

    private static ushort Key(Dictionary<string, int> index, List<string> keys, string? key)
    {
        if (key is null)
        {
            return 0;
        }

        if (!index.TryGetValue(key, out int i))
        {
            if (keys.Count == MaxKeys)
            {
                throw new InvalidOperationException($"A compact batch holds at most {MaxKeys} distinct partners and {MaxKeys} distinct sectors.");
            }

            i = keys.Count;
            keys.Add(key);
            index.Add(key, i);
        }

        return (ushort)(i + 1);
    }

    private void EnsureActions(int extra)
    {
        long needed = (long)actionCount + extra;
        if (needed > actions.Length)
        {
            if (needed > int.MaxValue)
            {
                throw new InvalidOperationException("A compact batch holds at most int.MaxValue actions.");
            }

            Array.Resize(ref actions, (int)Math.Min(int.MaxValue, Math.Max(needed, 2L * actions.Length)));
        }
    }
}
