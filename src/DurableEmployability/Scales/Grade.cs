using System;
using System.Globalization;

namespace DurableEmployability.Scales;

/// <summary>A grade for the quality of support, an integer 1…10 (Tables 25, 31).</summary>
/// <remarks>
/// Equality and ordering follow the value. The <see langword="default"/> value is 1 (the lowest value).
/// Immutable and thread-safe.
/// </remarks>
public readonly struct Grade : IEquatable<Grade>, IComparable<Grade>, IComparable
{
    /// <summary>The lowest value, 1.</summary>
    public const int MinValue = 1;

    /// <summary>The highest value, 10.</summary>
    public const int MaxValue = 10;

    private readonly byte offset;

    private Grade(int value) => offset = (byte)(value - MinValue);

    /// <summary>Gets the value, 1…10.</summary>
    public int Value => offset + MinValue;

    /// <summary>Returns the grade with the given value.</summary>
    /// <param name="value">The value, 1…10.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not in 1…10.</exception>
    public static Grade FromValue(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, MinValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxValue);
        return new Grade(value);
    }

    /// <summary>Returns the grade with the given value, when it lies in 1…10.</summary>
    /// <param name="value">The value.</param>
    /// <param name="result">The grade, when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is in 1…10.</returns>
    public static bool TryFromValue(long value, out Grade result)
    {
        bool valid = value is >= MinValue and <= MaxValue;
        result = valid ? new Grade((int)value) : default;
        return valid;
    }

    /// <summary>Returns the value as invariant text.</summary>
    /// <returns>The value, e.g. <c>10</c>.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(Grade other) => offset == other.offset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Grade other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => offset;

    /// <inheritdoc/>
    public int CompareTo(Grade other) => offset.CompareTo(other.offset);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Grade other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Grade.", nameof(obj)),
    };

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are equal.</returns>
    public static bool operator ==(Grade left, Grade right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Grade left, Grade right) => !left.Equals(right);

    /// <summary>Returns whether one value is less than another.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    public static bool operator <(Grade left, Grade right) => left.offset < right.offset;

    /// <summary>Returns whether one value is greater than another.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Grade left, Grade right) => left.offset > right.offset;

    /// <summary>Returns whether one value is less than or equal to another.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not greater.</returns>
    public static bool operator <=(Grade left, Grade right) => left.offset <= right.offset;

    /// <summary>Returns whether one value is greater than or equal to another.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not less.</returns>
    public static bool operator >=(Grade left, Grade right) => left.offset >= right.offset;
}
