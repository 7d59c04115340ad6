using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Numerics;
using DurableEmployability.Catalog;

namespace DurableEmployability.Trajectories;

/// <summary>The set of aspects a participant worked on in execution (Table 9): aspects of one segment, no repeats, order free.</summary>
/// <remarks>
/// Value equality. The <see langword="default"/> value is the empty set, equal to the empty set of either segment.
/// Immutable and thread-safe.
/// </remarks>
public readonly struct AspectSet : IEquatable<AspectSet>
{
    private readonly Segment segment;
    private readonly int mask;

    private AspectSet(Segment segment, int mask)
    {
        this.segment = segment;
        this.mask = mask;
    }

    /// <summary>Gets the empty set.</summary>
    public static AspectSet Empty => default;

    /// <summary>Gets the segment of the aspects, or 0 for an empty set built without one.</summary>
    public Segment Segment => segment;

    /// <summary>Gets the aspects as a bit mask: bit <c>i</c> is the aspect with catalogue order <c>i</c> of <see cref="Segment"/>.</summary>
    public int Mask => mask;

    /// <summary>Gets a value indicating whether the set is empty.</summary>
    public bool IsEmpty => mask == 0;

    /// <summary>Gets the number of aspects in the set.</summary>
    public int Count => BitOperations.PopCount((uint)mask);

    /// <summary>Gets the aspects in catalogue order.</summary>
    public ImmutableArray<Aspect> Aspects
    {
        get
        {
            if (mask == 0)
            {
                return [];
            }

            CatalogList<Aspect> all = DiCatalog.For(segment).Aspects;
            var builder = ImmutableArray.CreateBuilder<Aspect>(Count);
            for (int i = 0; i < all.Count; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    builder.Add(all[i]);
                }
            }

            return builder.MoveToImmutable();
        }
    }

    /// <summary>Creates a set from aspects of one segment.</summary>
    /// <param name="aspects">The aspects, all of one segment, none repeated.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aspects"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The aspects belong to different segments, or one is repeated.</exception>
    public static AspectSet Create(IEnumerable<Aspect> aspects)
    {
        ArgumentNullException.ThrowIfNull(aspects);
        Segment segment = default;
        int mask = 0;
        foreach (Aspect aspect in aspects)
        {
            ArgumentNullException.ThrowIfNull(aspect, nameof(aspects));
            if (segment != default && aspect.Segment != segment)
            {
                throw new ArgumentException($"Aspect '{aspect.Code}' belongs to {aspect.Segment}, the others to {segment}.", nameof(aspects));
            }

            segment = aspect.Segment;
            int bit = 1 << aspect.Order;
            if ((mask & bit) != 0)
            {
                throw new ArgumentException($"Aspect '{aspect.Code}' is repeated.", nameof(aspects));
            }

            mask |= bit;
        }

        return new AspectSet(segment, mask);
    }

    /// <summary>Creates a set from a bit mask over a segment's aspects.</summary>
    /// <param name="segment">The segment.</param>
    /// <param name="mask">The mask: bit <c>i</c> is the aspect with catalogue order <c>i</c>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mask"/> has bits beyond the segment's aspects.</exception>
    public static AspectSet FromMask(Segment segment, int mask)
    {
        int count = DiCatalog.For(segment).Aspects.Count;
        if (mask < 0 || mask >= (1 << count))
        {
            throw new ArgumentOutOfRangeException(nameof(mask), mask, $"Expected a mask of {count} bits.");
        }

        return new AspectSet(segment, mask);
    }

    /// <summary>Returns whether the set holds an aspect.</summary>
    /// <param name="aspect">The aspect.</param>
    /// <returns><see langword="true"/> when the set holds it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aspect"/> is <see langword="null"/>.</exception>
    public bool Contains(Aspect aspect)
    {
        ArgumentNullException.ThrowIfNull(aspect);
        return aspect.Segment == segment && (mask & (1 << aspect.Order)) != 0;
    }

    /// <inheritdoc/>
    public bool Equals(AspectSet other) => mask == other.mask && (mask == 0 || segment == other.segment);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AspectSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => mask == 0 ? 0 : HashCode.Combine(segment, mask);

    /// <summary>Compares two sets for equality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when both hold the same aspects.</returns>
    public static bool operator ==(AspectSet left, AspectSet right) => left.Equals(right);

    /// <summary>Compares two sets for inequality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AspectSet left, AspectSet right) => !left.Equals(right);

    /// <summary>Returns the aspect codes joined by '+', for diagnostics.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString()
    {
        var codes = new List<string>();
        foreach (Aspect aspect in Aspects)
        {
            codes.Add(aspect.Code);
        }

        return codes.Count == 0 ? "(none)" : string.Join("+", codes);
    }
}
