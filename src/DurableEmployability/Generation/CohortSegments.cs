using System;

namespace DurableEmployability.Generation;

/// <summary>Which segments a <see cref="CohortGenerator"/> produces.</summary>
[Flags]
public enum CohortSegments
{
    /// <summary>Companies only (the 490 phase I companies' partner proportions).</summary>
    Companies = 1,

    /// <summary>Self-employed only (the 28 phase I self-employed: MKB Deventer and VHG).</summary>
    SelfEmployed = 2,

    /// <summary>Both segments in the phase I proportions (490 companies to 28 self-employed).</summary>
    Both = Companies | SelfEmployed,
}
