using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace DurableEmployability.Catalog;

/// <summary>Size classes of companies by headcount, defined by their inclusive upper bounds; the last class is open.</summary>
/// <remarks>
/// The default scheme (<see cref="Default"/>) has the report's classes 1–15, 16–25, 26–50, 51–100, 101–250 and
/// &gt; 250 with keys <c>1-15</c> … <c>&gt;250</c>. Equality compares the bounds. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var scheme = SizeClassScheme.Create([10, 50]); // classes 1-10, 11-50, >50
/// int index = scheme.ClassOf(12);                 // 1
/// </code>
/// </example>
public sealed class SizeClassScheme : IEquatable<SizeClassScheme>
{
    private readonly ImmutableArray<int> upperBounds;

    private SizeClassScheme(ImmutableArray<int> upperBounds)
    {
        this.upperBounds = upperBounds;
        var keys = ImmutableArray.CreateBuilder<string>(upperBounds.Length + 1);
        int lower = 1;
        foreach (int upper in upperBounds)
        {
            keys.Add(string.Create(CultureInfo.InvariantCulture, $"{lower}-{upper}"));
            lower = upper + 1;
        }

        keys.Add(string.Create(CultureInfo.InvariantCulture, $">{lower - 1}"));
        Keys = keys.MoveToImmutable();
    }

    /// <summary>Gets the report's scheme: 1–15, 16–25, 26–50, 51–100, 101–250, &gt; 250.</summary>
    public static SizeClassScheme Default { get; } = new([15, 25, 50, 100, 250]);

    /// <summary>Gets the inclusive upper bounds of the closed classes, ascending.</summary>
    public ImmutableArray<int> UpperBounds => upperBounds;

    /// <summary>Gets the keys of the classes in order, e.g. <c>1-15</c> … <c>&gt;250</c>.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Gets the number of classes (one more than the number of bounds).</summary>
    public int Count => Keys.Length;

    /// <summary>Creates a scheme from the inclusive upper bounds of its closed classes.</summary>
    /// <param name="upperBounds">Strictly ascending bounds, each at least 1; at most 62 bounds.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upperBounds"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The bounds are empty, not strictly ascending, below 1, or more than 62.</exception>
    public static SizeClassScheme Create(IEnumerable<int> upperBounds)
    {
        ArgumentNullException.ThrowIfNull(upperBounds);
        ImmutableArray<int> bounds = [.. upperBounds];
        if (bounds.Length is 0 or > 62)
        {
            throw new ArgumentException("Expected 1 to 62 upper bounds.", nameof(upperBounds));
        }

        for (int i = 0; i < bounds.Length; i++)
        {
            if (bounds[i] < 1 || (i > 0 && bounds[i] <= bounds[i - 1]))
            {
                throw new ArgumentException($"Upper bounds must be strictly ascending and at least 1; bound {i} is {bounds[i]}.", nameof(upperBounds));
            }
        }

        return new SizeClassScheme(bounds);
    }

    /// <summary>Returns the zero-based class of a headcount.</summary>
    /// <param name="headcount">The headcount, at least 1.</param>
    /// <returns>The class index, 0…<see cref="Count"/> − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headcount"/> is less than 1.</exception>
    public int ClassOf(int headcount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(headcount, 1);
        int i = 0;
        while (i < upperBounds.Length && headcount > upperBounds[i])
        {
            i++;
        }

        return i;
    }

    /// <inheritdoc/>
    public bool Equals(SizeClassScheme? other) => other is not null && upperBounds.AsSpan().SequenceEqual(other.upperBounds.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SizeClassScheme);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (int b in upperBounds)
        {
            hash.Add(b);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the class keys joined by commas.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString() => string.Join(", ", Keys);
}
