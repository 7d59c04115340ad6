using System;
using System.Collections.Immutable;

namespace DurableEmployability;

/// <summary>Creates <see cref="ValueArray{T}"/> values; the builder behind collection expressions such as <c>[a, b]</c>.</summary>
public static class ValueArray
{
    /// <summary>Creates an array with a copy of the given items.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The array; empty when <paramref name="items"/> is empty.</returns>
    /// <example><code>ValueArray&lt;int&gt; numbers = ValueArray.Create&lt;int&gt;([1, 2, 3]);</code></example>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? default : new(ImmutableArray.Create(items));
}
