using System;
using System.Globalization;

namespace DurableEmployability.Scales;

/// <summary>A rating of a statement on a five-point scale, 1…5 (a missing rating is a <see langword="null"/> <c>Rating?</c>).</summary>
/// <remarks>
/// Equality and ordering follow the value. The <see langword="default"/> value is 1 (the lowest value).
/// Immutable and thread-safe.
/// </remarks>
public readonly struct Rating : IEquatable<Rating>, IComparable<Rating>, IComparable
{
    /// <summary>The lowest value, 1.</summary>
    public const int MinValue = 1;

    /// <summary>The highest value, 5.</summary>
    public const int MaxValue = 5;

    private readonly byte offset;

    private Rating(int value) => offset = (byte)(value - MinValue);

    /// <summary>Gets the value, 1…5.</summary>
    public int Value => offset + MinValue;

    /// <summary>Returns the rating with the given value.</summary>
    /// <param name="value">The value, 1…5.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not in 1…5.</exception>
    public static Rating FromValue(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, MinValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxValue);
        return new Rating(value);
    }

    /// <summary>Returns the rating with the given value, when it lies in 1…5.</summary>
    /// <param name="value">The value.</param>
    /// <param name="result">The rating, when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is in 1…5.</returns>
    public static bool TryFromValue(long value, out Rating result)
    {
        bool valid = value is >= MinValue and <= MaxValue;
        result = valid ? new Rating((int)value) : default;
        return valid;
    }

    /// <summary>Returns the value as invariant text.</summary>
    /// <returns>The value, e.g. <c>5</c>.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(Rating other) => offset == other.offset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rating other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => offset;

    /// <inheritdoc/>
    public int CompareTo(Rating other) => offset.CompareTo(other.offset);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rating other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Rating.", nameof(obj)),
    };

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are equal.</returns>
    public static bool operator ==(Rating left, Rating right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Rating left, Rating right) => !left.Equals(right);

    /// <summary>Returns whether one value is less than another.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    public static bool operator <(Rating left, Rating right) => left.offset < right.offset;

    /// <summary>Returns whether one value is greater than another.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Rating left, Rating right) => left.offset > right.offset;

    /// <summary>Returns whether one value is less than or equal to another.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not greater.</returns>
    public static bool operator <=(Rating left, Rating right) => left.offset <= right.offset;

    /// <summary>Returns whether one value is greater than or equal to another.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not less.</returns>
    public static bool operator >=(Rating left, Rating right) => left.offset >= right.offset;
}
