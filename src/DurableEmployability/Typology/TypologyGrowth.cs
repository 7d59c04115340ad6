using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DurableEmployability.Typology;

/// <summary>The growth of a participant between two typology steps: score(end) − score(start), an integer −6…+6.</summary>
/// <remarks>
/// Equality and ordering follow the value. The <see langword="default"/> value is 0 (stable).
/// Formatted without a plus sign (<c>-2</c>, <c>0</c>, <c>3</c>), as the report format's growth keys.
/// Immutable and thread-safe.
/// </remarks>
public readonly struct TypologyGrowth : IEquatable<TypologyGrowth>, IComparable<TypologyGrowth>, IComparable
{
    /// <summary>The lowest growth, −6 (from D to A).</summary>
    public const int MinValue = -6;

    /// <summary>The highest growth, +6 (from A to D).</summary>
    public const int MaxValue = 6;

    private readonly sbyte value;

    private TypologyGrowth(int value) => this.value = (sbyte)value;

    /// <summary>Gets the growth value, −6…+6.</summary>
    public int Value => value;

    /// <summary>Gets the class of the growth: declined, stable or grew.</summary>
    public GrowthClass Class => value < 0 ? GrowthClass.Declined : value == 0 ? GrowthClass.Stable : GrowthClass.Grew;

    /// <summary>Returns the growth from one step to another: score(end) − score(start).</summary>
    /// <param name="start">The step at the start (monitor 1).</param>
    /// <param name="end">The step at the end (monitor 3).</param>
    /// <returns>The growth.</returns>
    public static TypologyGrowth Between(TypologyStep start, TypologyStep end) => new(end.Score - start.Score);

    /// <summary>Returns the growth with the given value.</summary>
    /// <param name="value">The value, −6…+6.</param>
    /// <returns>The growth.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not in −6…+6.</exception>
    public static TypologyGrowth FromValue(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, MinValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxValue);
        return new TypologyGrowth(value);
    }

    /// <summary>Parses a growth key (<c>-6</c> … <c>6</c>, no plus sign, no leading zeros, invariant).</summary>
    /// <param name="text">The text.</param>
    /// <param name="growth">The growth, when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is the key of a growth.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TypologyGrowth growth)
    {
        growth = default;
        if (text is null || text.Length is 0 or > 2)
        {
            return false;
        }

        for (int v = MinValue; v <= MaxValue; v++)
        {
            if (string.Equals(text, v.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                growth = new TypologyGrowth(v);
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the growth key, e.g. <c>-2</c>, <c>0</c> or <c>3</c> (invariant, no plus sign).</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the negated growth (the growth from end back to start).</summary>
    /// <returns>The negated growth.</returns>
    public TypologyGrowth Negate() => new(-value);

    /// <inheritdoc/>
    public bool Equals(TypologyGrowth other) => value == other.value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TypologyGrowth other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => value;

    /// <inheritdoc/>
    public int CompareTo(TypologyGrowth other) => value.CompareTo(other.value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TypologyGrowth other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a TypologyGrowth.", nameof(obj)),
    };

    /// <summary>Negates a growth.</summary>
    /// <param name="growth">The growth.</param>
    /// <returns>The negated growth.</returns>
    public static TypologyGrowth operator -(TypologyGrowth growth) => growth.Negate();

    /// <summary>Compares two growths for equality.</summary>
    /// <param name="left">The first growth.</param>
    /// <param name="right">The second growth.</param>
    /// <returns><see langword="true"/> when both have the same value.</returns>
    public static bool operator ==(TypologyGrowth left, TypologyGrowth right) => left.Equals(right);

    /// <summary>Compares two growths for inequality.</summary>
    /// <param name="left">The first growth.</param>
    /// <param name="right">The second growth.</param>
    /// <returns><see langword="true"/> when the values differ.</returns>
    public static bool operator !=(TypologyGrowth left, TypologyGrowth right) => !left.Equals(right);

    /// <summary>Returns whether one growth is less than another.</summary>
    /// <param name="left">The first growth.</param>
    /// <param name="right">The second growth.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    public static bool operator <(TypologyGrowth left, TypologyGrowth right) => left.value < right.value;

    /// <summary>Returns whether one growth is greater than another.</summary>
    /// <param name="left">The first growth.</param>
    /// <param name="right">The second growth.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(TypologyGrowth left, TypologyGrowth right) => left.value > right.value;

    /// <summary>Returns whether one growth is less than or equal to another.</summary>
    /// <param name="left">The first growth.</param>
    /// <param name="right">The second growth.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not greater.</returns>
    public static bool operator <=(TypologyGrowth left, TypologyGrowth right) => left.value <= right.value;

    /// <summary>Returns whether one growth is greater than or equal to another.</summary>
    /// <param name="left">The first growth.</param>
    /// <param name="right">The second growth.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not less.</returns>
    public static bool operator >=(TypologyGrowth left, TypologyGrowth right) => left.value >= right.value;
}
