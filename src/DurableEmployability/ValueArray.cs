using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace DurableEmployability;

/// <summary>An immutable array with value equality: two arrays are equal when their elements are equal, in order.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// Used inside records so that record equality compares contents. The <see langword="default"/> value is the empty
/// array. Immutable and thread-safe when <typeparamref name="T"/> is. A collection expression creates one:
/// <c>ValueArray&lt;Partner&gt; partners = [new Partner("SVH", "Stichting Vakbekwaamheid Horeca")];</c>
/// </remarks>
[System.Runtime.CompilerServices.CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IEquatable<ValueArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Initializes a new instance of the <see cref="ValueArray{T}"/> struct with a copy of the given items.</summary>
    /// <param name="items">The items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public ValueArray(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        this.items = [.. items];
    }

    /// <summary>Initializes a new instance of the <see cref="ValueArray{T}"/> struct wrapping an immutable array.</summary>
    /// <param name="items">The items; a default array is taken as empty.</param>
    public ValueArray(ImmutableArray<T> items) => this.items = items.IsDefault ? [] : items;

    /// <summary>Gets the empty array.</summary>
    public static ValueArray<T> Empty => default;

    /// <summary>Gets the items as an immutable array (never a default array).</summary>
    public ImmutableArray<T> Items => items.IsDefault ? [] : items;

    /// <summary>Gets the number of items.</summary>
    public int Count => items.IsDefault ? 0 : items.Length;

    /// <summary>Gets a value indicating whether the array is empty.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the item at a position.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The item.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public T this[int index] => Items[index];

    /// <summary>Converts an immutable array.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Creates an array from an immutable array.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static ValueArray<T> FromImmutableArray(ImmutableArray<T> items) => new(items);

    /// <summary>Returns the items as a read-only span.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<T> AsSpan() => Items.AsSpan();

    /// <inheritdoc/>
    public bool Equals(ValueArray<T> other)
    {
        ImmutableArray<T> a = Items;
        ImmutableArray<T> b = other.Items;
        if (a.Length != b.Length)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (T item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns an enumerator over the items.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>Compares two arrays for equal contents.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when both hold equal items in the same order.</returns>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays for different contents.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when the contents differ.</returns>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Returns the number of items, for diagnostics.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString() => $"[{Count} items]";
}
