using System.Runtime.InteropServices;

namespace DurableEmployability.Aggregation;

/// <summary>
/// The scored fields of one participant in 32 bytes, as stored in a <see cref="CompactBatch"/>. Every field is what
/// <see cref="ReportAccumulator"/> would count: data of another segment is already reduced to missing.
/// </summary>
/// <remarks>
/// <para><see cref="Answers"/>: bits 0–6 diagnosis mask, 7–11 presentation mask, 12–17 execution mask,
/// 18–23 satisfaction × 11 + grade (0 = unanswered each), 24–27 continuation state (0 = unanswered, 1 = does not
/// continue, 2 + form × 3 + support for one who continues, form and support 0 = unanswered), bit 28 self-employed,
/// bit 29 complete, bit 30 every opportunity rated, bit 31 every obstacle rated.</para>
/// <para><see cref="Profile"/>: 3 bits each (0 = unanswered, else the band): permanent contracts, men, then the three
/// age groups, then the five education levels.</para>
/// <para>Statement ratings are packed two items per byte, <c>x(2g) + 6 · x(2g + 1)</c> with 0 for missing, so a byte
/// is below 36.</para>
/// </remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct CompactRecord
{
    internal const int SelfEmployedBit = 1 << 28;
    internal const int CompleteBit = 1 << 29;
    internal const int OpportunitiesListwiseBit = 1 << 30;
    internal const uint ObstaclesListwiseBit = 1u << 31;
    internal const int OpportunityGroups = 4;
    internal const int ObstacleGroups = 6;

    /// <summary>The index of the first action code in the batch's action codes.</summary>
    public int ActionStart;

    /// <summary>Approach masks, satisfaction and grade, continuation and flags.</summary>
    public uint Answers;

    /// <summary>Share bands of the registration.</summary>
    public uint Profile;

    /// <summary>The headcount, 0 when unanswered (or below 1).</summary>
    public int Headcount;

    /// <summary>0 without partner, else 1 + the index in the batch's partner codes.</summary>
    public ushort Partner;

    /// <summary>0 when unanswered, else 1 + the index in the batch's sectors.</summary>
    public ushort Sector;

    /// <summary>Typology start index × 7 + end index.</summary>
    public byte Typology;

    /// <summary>The aspect mask.</summary>
    public byte Aspects;

    /// <summary>Opportunity ratings, two items per byte.</summary>
    public OpportunityBytes Opportunities;

    /// <summary>Obstacle ratings, two items per byte.</summary>
    public ObstacleBytes Obstacles;

    /// <summary>Four bytes of opportunity patterns.</summary>
    [System.Runtime.CompilerServices.InlineArray(OpportunityGroups)]
    internal struct OpportunityBytes
    {
        private byte element;
    }

    /// <summary>Six bytes of obstacle patterns.</summary>
    [System.Runtime.CompilerServices.InlineArray(ObstacleGroups)]
    internal struct ObstacleBytes
    {
        private byte element;
    }
}
