using System;

namespace DurableEmployability.Analysis;

/// <summary>Small-cell protection: whether a breakdown report is too small to show.</summary>
/// <remarks>
/// Suppression is opt-in (a minimum group size of 0 turns it off), so that an unrequested report never hides
/// data, and it applies to breakdown reports (one partner, one group) only: the overall report is never suppressed.
/// 10 is the recommended minimum group size. Pure functions; thread-safe.
/// </remarks>
public static class SmallCellProtection
{
    /// <summary>The recommended minimum group size, 10.</summary>
    public const int RecommendedMinimumGroup = 10;

    /// <summary>Returns whether a breakdown report of <paramref name="participants"/> participants is suppressed: when it has fewer than <paramref name="minimumGroup"/>.</summary>
    /// <param name="participants">The number of (complete) participants of the breakdown report.</param>
    /// <param name="minimumGroup">The minimum group size; 0 means no suppression.</param>
    /// <returns><see langword="true"/> when the report must carry <c>"suppressed": true</c> and no counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative.</exception>
    /// <example><c>ShouldSuppress(7, 10)</c> is true; <c>ShouldSuppress(0, 0)</c> is false.</example>
    public static bool ShouldSuppress(long participants, int minimumGroup)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(participants);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumGroup);
        return participants < minimumGroup;
    }

    /// <summary>Returns whether a report is suppressed; never for the overall report.</summary>
    /// <param name="participants">The number of (complete) participants of the report.</param>
    /// <param name="minimumGroup">The minimum group size; 0 means no suppression.</param>
    /// <param name="isOverall">Whether the report is the overall report (never suppressed).</param>
    /// <returns><see langword="true"/> when the report must be suppressed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative.</exception>
    public static bool ShouldSuppress(long participants, int minimumGroup, bool isOverall) =>
        ShouldSuppress(participants, minimumGroup) && !isOverall;
}
