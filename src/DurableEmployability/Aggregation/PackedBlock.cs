using System;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Aggregation;

/// <summary>
/// A block of up to <see cref="Capacity"/> complete participants packed into compact records (with their action codes,
/// sectors and target accumulators), counted in a second pass. Packing reads each participant's object graph and
/// nothing else, so the memory loads of a block's participants overlap; counting then touches only the histograms.
/// </summary>
internal sealed class PackedBlock
{
    internal const int Capacity = 64;

    private readonly CompactRecord[] records = new CompactRecord[Capacity];
    private readonly int[] actionEnds = new int[Capacity];
    private readonly string?[] sectors = new string?[Capacity];
    private readonly ReportAccumulator?[] targets = new ReportAccumulator?[Capacity];
    private byte[] actions = new byte[Capacity * 8];
    private int count;
    private int actionCount;

    internal bool IsFull => count == Capacity;

    /// <summary>Packs a complete participant of <paramref name="segment"/> for <paramref name="target"/>.</summary>
    internal void Add(Participant participant, Segment segment, ReportAccumulator target)
    {
        Registration registration = participant.Registration!;
        Monitor3 monitor3 = participant.Monitor3!;
        ref CompactRecord record = ref records[count];
        record = default;
        record.Answers = CompactBatchBuilder.PackScored(ref record, registration, participant.Monitor1!, monitor3, segment);
        ValueArray<ImprovementAction> list = monitor3.Actions;
        if (actionCount + list.Count > actions.Length)
        {
            Array.Resize(ref actions, Math.Max(2 * actions.Length, actionCount + list.Count));
        }

        foreach (ImprovementAction action in list)
        {
            if (CompactBatchBuilder.ActionCode(action, segment) is int code and >= 0)
            {
                actions[actionCount++] = (byte)code;
            }
        }

        actionEnds[count] = actionCount;
        sectors[count] = registration.Sector;
        targets[count] = target;
        count++;
    }

    /// <summary>Counts the packed participants into their accumulators and empties the block.</summary>
    internal void Count()
    {
        int start = 0;
        for (int i = 0; i < count; i++)
        {
            int end = actionEnds[i];
            targets[i]!.AddPacked(in records[i], actions.AsSpan(start, end - start), sectors[i]);
            start = end;
        }

        Array.Clear(sectors, 0, count);
        Array.Clear(targets, 0, count);
        count = 0;
        actionCount = 0;
    }
}
