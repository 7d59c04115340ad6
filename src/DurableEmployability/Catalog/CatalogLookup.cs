using System;
using System.Globalization;

namespace DurableEmployability.Catalog;

/// <summary>The outcome of looking up a code in a <see cref="CatalogList{T}"/>: the entry, or why there is none.</summary>
/// <typeparam name="T">The type of catalogue entry.</typeparam>
/// <remarks>
/// A look-up never throws for bad data; <see cref="Message(Language)"/> explains a failure in the requested language.
/// The <see langword="default"/> value is a failed look-up of an empty code.
/// </remarks>
public readonly struct CatalogLookup<T> : IEquatable<CatalogLookup<T>>
    where T : class, ICatalogEntry
{
    private readonly CatalogList<T>? list;
    private readonly T? entry;

    internal CatalogLookup(CatalogList<T> list, string? code, T? entry, LookupFailure failure)
    {
        this.list = list;
        Code = code;
        this.entry = entry;
        Failure = failure;
    }

    /// <summary>Gets a value indicating whether the code was found.</summary>
    public bool Success => entry is not null;

    /// <summary>Gets the code that was looked up.</summary>
    public string? Code { get; }

    /// <summary>Gets why the look-up failed, or <see cref="LookupFailure.None"/> when it succeeded.</summary>
    public LookupFailure Failure { get; }

    /// <summary>Gets the entry found.</summary>
    /// <exception cref="InvalidOperationException">The look-up failed; check <see cref="Success"/> first.</exception>
    public T Value => entry ?? throw new InvalidOperationException(Message(Language.English));

    /// <summary>Returns the entry found, or <see langword="null"/>.</summary>
    /// <returns>The entry or <see langword="null"/>.</returns>
    public T? GetValueOrDefault() => entry;

    /// <summary>Explains the outcome in the given language, naming the code and the valid codes.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>A one-sentence message.</returns>
    public string Message(Language language)
    {
        if (list is null)
        {
            return language == Language.Dutch ? "Er is geen code opgegeven." : "No code was given.";
        }

        string kind = list.Kind.Get(language);
        string segment = list.Segment is { } s ? SegmentCatalog.For(s).Label.Get(language) : string.Empty;
        string other = list.Segment is { } o ? SegmentCatalog.For(o == Segment.Company ? Segment.SelfEmployed : Segment.Company).Label.Get(language) : string.Empty;
        return (Failure, language) switch
        {
            (LookupFailure.None, Language.Dutch) => string.Format(CultureInfo.InvariantCulture, "'{0}' is een bekende {1}.", Code, kind),
            (LookupFailure.None, _) => string.Format(CultureInfo.InvariantCulture, "'{0}' is a known {1}.", Code, kind),
            (LookupFailure.Empty, Language.Dutch) => string.Format(CultureInfo.InvariantCulture, "Er is geen code voor {0} opgegeven; geldig zijn: {1}.", kind, list.CodeList),
            (LookupFailure.Empty, _) => string.Format(CultureInfo.InvariantCulture, "No {0} code was given; valid codes are: {1}.", kind, list.CodeList),
            (LookupFailure.OtherSegment, Language.Dutch) => string.Format(CultureInfo.InvariantCulture, "'{0}' is geen {1} voor segment {2}, alleen voor segment {3}; geldig zijn: {4}.", Code, kind, segment, other, list.CodeList),
            (LookupFailure.OtherSegment, _) => string.Format(CultureInfo.InvariantCulture, "'{0}' is not {1} for the {2} segment, only for the {3} segment; valid codes are: {4}.", Code, WithArticle(kind), segment, other, list.CodeList),
            (_, Language.Dutch) => string.Format(CultureInfo.InvariantCulture, "'{0}' is geen bekende {1}; geldig zijn: {2}.", Code, kind, list.CodeList),
            _ => string.Format(CultureInfo.InvariantCulture, "'{0}' is not a known {1}; valid codes are: {2}.", Code, kind, list.CodeList),
        };
    }

    private static string WithArticle(string noun) =>
        (noun.Length > 0 && "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    /// <inheritdoc/>
    public bool Equals(CatalogLookup<T> other) =>
        ReferenceEquals(list, other.list) && string.Equals(Code, other.Code, StringComparison.Ordinal) && ReferenceEquals(entry, other.entry) && Failure == other.Failure;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CatalogLookup<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code is null ? 0 : StringComparer.Ordinal.GetHashCode(Code), Failure);

    /// <summary>Compares two look-ups for equality.</summary>
    /// <param name="left">The first look-up.</param>
    /// <param name="right">The second look-up.</param>
    /// <returns><see langword="true"/> when both are equal.</returns>
    public static bool operator ==(CatalogLookup<T> left, CatalogLookup<T> right) => left.Equals(right);

    /// <summary>Compares two look-ups for inequality.</summary>
    /// <param name="left">The first look-up.</param>
    /// <param name="right">The second look-up.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CatalogLookup<T> left, CatalogLookup<T> right) => !left.Equals(right);

    /// <summary>Returns the English message, for diagnostics.</summary>
    /// <returns>The English message.</returns>
    public override string ToString() => Message(Language.English);
}
