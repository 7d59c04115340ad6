using System;
using System.Collections;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DurableEmployability.Catalog;

/// <summary>An immutable list of catalogue entries in catalogue order, with look-up by code.</summary>
/// <typeparam name="T">The type of entry.</typeparam>
/// <remarks>
/// Codes are compared ordinally (case-sensitive). Look-ups never throw for unknown codes: they return a
/// <see cref="CatalogLookup{T}"/> that says whether the code is unknown or only valid for the other segment.
/// Instances are immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var lookup = DiCatalog.Company.Indicators.Lookup("training");
/// if (!lookup.Success) Console.WriteLine(lookup.Message(Language.English));
/// // 'training' is not an indicator for the company segment, only for the self-employed segment; ...
/// </code>
/// </example>
public sealed class CatalogList<T> : IReadOnlyList<T>
    where T : class, ICatalogEntry
{
    private readonly ImmutableArray<T> entries;
    private readonly FrozenDictionary<string, T> byCode;
    private Func<FrozenSet<string>>? otherSegmentCodes;

    internal CatalogList(BilingualText kind, Segment? segment, IEnumerable<T> entries)
    {
        Kind = kind;
        Segment = segment;
        this.entries = [.. entries];
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        for (int i = 0; i < this.entries.Length; i++)
        {
            T entry = this.entries[i];
            if (entry.Order != i)
            {
                throw new InvalidOperationException($"Catalogue entry '{entry.Code}' has order {entry.Order} at position {i}.");
            }

            map.Add(entry.Code, entry);
        }

        byCode = map.ToFrozenDictionary(StringComparer.Ordinal);
        CodeList = string.Join(", ", this.entries.Select(static e => e.Code));
    }

    /// <summary>Gets what kind of entries the list holds (e.g. "indicator"), for messages.</summary>
    public BilingualText Kind { get; }

    /// <summary>Gets the segment the list belongs to, or <see langword="null"/> when it is shared by both segments.</summary>
    public Segment? Segment { get; }

    /// <summary>Gets the number of entries.</summary>
    public int Count => entries.Length;

    /// <summary>Gets the entries in catalogue order.</summary>
    public ImmutableArray<T> Entries => entries;

    internal string CodeList { get; }

    /// <summary>Gets the entry at a position in catalogue order.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, entries.Length);
            return entries[index];
        }
    }

    /// <summary>Looks up an entry by its code, without throwing.</summary>
    /// <param name="code">The code (ordinal, case-sensitive).</param>
    /// <returns>The entry, or why there is none.</returns>
    public CatalogLookup<T> Lookup(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return new CatalogLookup<T>(this, code, null, LookupFailure.Empty);
        }

        if (byCode.TryGetValue(code, out T? entry))
        {
            return new CatalogLookup<T>(this, code, entry, LookupFailure.None);
        }

        bool other = otherSegmentCodes is not null && otherSegmentCodes().Contains(code);
        return new CatalogLookup<T>(this, code, null, other ? LookupFailure.OtherSegment : LookupFailure.Unknown);
    }

    /// <summary>Looks up an entry by its code.</summary>
    /// <param name="code">The code (ordinal, case-sensitive).</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns><see langword="true"/> when the code is in this list.</returns>
    public bool TryGet(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? entry)
    {
        if (code is null)
        {
            entry = null;
            return false;
        }

        return byCode.TryGetValue(code, out entry);
    }

    /// <summary>Returns the entry with the given code; for codes known at compile time.</summary>
    /// <param name="code">The code (ordinal, case-sensitive).</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in this list; the message names the valid codes.</exception>
    public T Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        CatalogLookup<T> lookup = Lookup(code);
        return lookup.Success ? lookup.Value : throw new ArgumentException(lookup.Message(Language.English), nameof(code));
    }

    /// <summary>Returns whether the list holds an entry with the given code.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when the code is in this list.</returns>
    public bool Contains(string? code) => code is not null && byCode.ContainsKey(code);

    /// <summary>Returns an enumerator over the entries in catalogue order.</summary>
    /// <returns>An enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => entries.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)entries).GetEnumerator();

    internal void LinkOtherSegment(Func<FrozenSet<string>> codes) => otherSegmentCodes = codes;

    internal FrozenSet<string> CodeSet() => byCode.Keys.ToFrozenSet(StringComparer.Ordinal);
}
