using System;
using System.Collections.Generic;
using DurableEmployability.Catalog;

namespace DurableEmployability.Trajectories;

/// <summary>
/// A share band per staff group: per age group (<see cref="AgeGroup"/>) or per education level
/// (<see cref="EducationLevel"/>). A group without a band is unanswered.
/// </summary>
/// <typeparam name="TGroup"><see cref="AgeGroup"/> or <see cref="EducationLevel"/>.</typeparam>
/// <remarks>
/// Value equality. The <see langword="default"/> value is the empty map (every group unanswered). Immutable and
/// thread-safe.
/// </remarks>
public readonly struct BandMap<TGroup> : IEquatable<BandMap<TGroup>>
    where TGroup : struct, Enum
{
    private const int BitsPerGroup = 3;
    private readonly int packed;

    private BandMap(int packed) => this.packed = packed;

    /// <summary>Gets the empty map.</summary>
    public static BandMap<TGroup> Empty => default;

    /// <summary>Gets a value indicating whether no group has a band.</summary>
    public bool IsEmpty => packed == 0;

    /// <summary>Returns the band of a group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The band, or <see langword="null"/> when the group is unanswered.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined value.</exception>
    public ShareBand? Get(TGroup group)
    {
        int shift = Shift(group);
        int band = (packed >> shift) & 0b111;
        return band == 0 ? null : (ShareBand)band;
    }

    /// <summary>Returns a copy with the band of one group set (or cleared with <see langword="null"/>).</summary>
    /// <param name="group">The group.</param>
    /// <param name="band">The band, or <see langword="null"/> for unanswered.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> or <paramref name="band"/> is not a defined value.</exception>
    public BandMap<TGroup> With(TGroup group, ShareBand? band)
    {
        int shift = Shift(group);
        int value = 0;
        if (band is { } b)
        {
            if ((int)b is < 1 or > 4)
            {
                throw new ArgumentOutOfRangeException(nameof(band), b, "Expected a defined ShareBand.");
            }

            value = (int)b;
        }

        return new BandMap<TGroup>((packed & ~(0b111 << shift)) | (value << shift));
    }

    /// <summary>Creates a map from pairs of group and band.</summary>
    /// <param name="bands">The pairs; a later pair for the same group replaces an earlier one.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is <see langword="null"/>.</exception>
    public static BandMap<TGroup> Create(IEnumerable<KeyValuePair<TGroup, ShareBand>> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        BandMap<TGroup> map = default;
        foreach (KeyValuePair<TGroup, ShareBand> pair in bands)
        {
            map = map.With(pair.Key, pair.Value);
        }

        return map;
    }

    /// <summary>Returns the band of a group by the group's zero-based catalogue index, without bounds checks beyond 0…9.</summary>
    /// <param name="index">The zero-based group index.</param>
    /// <returns>The band as 1…4, or 0 when unanswered.</returns>
    internal int BandIndexAt(int index) => (packed >> (index * BitsPerGroup)) & 0b111;

    /// <inheritdoc/>
    public bool Equals(BandMap<TGroup> other) => packed == other.packed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BandMap<TGroup> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => packed;

    /// <summary>Compares two maps for equality.</summary>
    /// <param name="left">The first map.</param>
    /// <param name="right">The second map.</param>
    /// <returns><see langword="true"/> when every group has the same band in both.</returns>
    public static bool operator ==(BandMap<TGroup> left, BandMap<TGroup> right) => left.Equals(right);

    /// <summary>Compares two maps for inequality.</summary>
    /// <param name="left">The first map.</param>
    /// <param name="right">The second map.</param>
    /// <returns><see langword="true"/> when some group differs.</returns>
    public static bool operator !=(BandMap<TGroup> left, BandMap<TGroup> right) => !left.Equals(right);

    /// <summary>Returns a diagnostic string of the packed bands.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString() => $"BandMap<{typeof(TGroup).Name}>({packed})";

    private static int Shift(TGroup group)
    {
        int value = System.Runtime.CompilerServices.Unsafe.As<TGroup, int>(ref group);
        int count = typeof(TGroup) == typeof(AgeGroup) ? 3 : typeof(TGroup) == typeof(EducationLevel) ? 5 : 0;
        if (count == 0)
        {
            throw new NotSupportedException("BandMap supports AgeGroup and EducationLevel only.");
        }

        if (value < 1 || value > count)
        {
            throw new ArgumentOutOfRangeException(nameof(group), value, $"Expected a defined {typeof(TGroup).Name} (1…{count}).");
        }

        return (value - 1) * BitsPerGroup;
    }
}
