using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DurableEmployability.Catalog;
using DurableEmployability.Scales;

namespace DurableEmployability.Trajectories;

/// <summary>The ratings 1…5 of the statements of one scale (opportunities or obstacles) for one segment; a statement without a rating is missing.</summary>
/// <remarks>
/// Value equality (same segment, scale and ratings; all empty instances are equal). Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var opportunities = StatementRatings.Create([
///     new(DiCatalog.Company.Opportunities.Get("awareness"), Rating.FromValue(4)),
///     new(DiCatalog.Company.Opportunities.Get("policy"), Rating.FromValue(3))]);
/// Rating? policy = opportunities.Get(DiCatalog.Company.Opportunities.Get("policy")); // 3
/// </code>
/// </example>
public sealed class StatementRatings : IEquatable<StatementRatings>
{
    private static readonly byte[] NoRatings = [];
    private readonly byte[] ratings;

    private StatementRatings(Segment segment, StatementScale scale, byte[] ratings)
    {
        Segment = segment;
        Scale = scale;
        this.ratings = ratings;
        int count = 0;
        ulong packed = 0;
        for (int i = 0; i < ratings.Length; i++)
        {
            int r = ratings[i];
            if (r != 0)
            {
                count++;
            }

            if (i < 2 * sizeof(ulong))
            {
                packed += (ulong)(r * ((i & 1) == 0 ? 1 : 6)) << (8 * (i >> 1));
            }
        }

        Count = count;
        PackedPairs = packed;
        AllRated = count == ratings.Length && count > 0;
    }

    /// <summary>
    /// Gets the ratings two statements per byte, <c>x(2g) + 6 · x(2g + 1)</c> with 0 for missing (the form the
    /// bulk aggregation counts; see <c>CompactRecord</c>), for the first 16 statements.
    /// </summary>
    internal ulong PackedPairs { get; }

    /// <summary>Gets a value indicating whether every statement of the scale is rated.</summary>
    internal bool AllRated { get; }

    /// <summary>Gets the empty ratings (every statement missing).</summary>
    public static StatementRatings Empty { get; } = new(default, default, NoRatings);

    /// <summary>Gets the segment of the statements, or 0 for <see cref="Empty"/>.</summary>
    public Segment Segment { get; }

    /// <summary>Gets the scale of the statements, or 0 for <see cref="Empty"/>.</summary>
    public StatementScale Scale { get; }

    /// <summary>Gets the number of statements that have a rating.</summary>
    public int Count { get; }

    /// <summary>Gets a value indicating whether no statement has a rating.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the rated statements with their ratings, in catalogue order.</summary>
    public ImmutableArray<KeyValuePair<Statement, Rating>> Ratings
    {
        get
        {
            if (Count == 0)
            {
                return [];
            }

            CatalogList<Statement> statements = DiCatalog.For(Segment).Statements(Scale);
            var builder = ImmutableArray.CreateBuilder<KeyValuePair<Statement, Rating>>(Count);
            for (int i = 0; i < ratings.Length; i++)
            {
                if (ratings[i] != 0)
                {
                    builder.Add(new(statements[i], Rating.FromValue(ratings[i])));
                }
            }

            return builder.MoveToImmutable();
        }
    }

    /// <summary>Creates ratings from pairs of statement and rating, all of one segment and one scale.</summary>
    /// <param name="ratings">The pairs; a statement may appear once.</param>
    /// <returns>The ratings (<see cref="Empty"/> when there are none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> or a statement is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Statements of different segments or scales, or a repeated statement.</exception>
    public static StatementRatings Create(IEnumerable<KeyValuePair<Statement, Rating>> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        Segment segment = default;
        StatementScale scale = default;
        byte[]? values = null;
        foreach (KeyValuePair<Statement, Rating> pair in ratings)
        {
            Statement statement = pair.Key ?? throw new ArgumentNullException(nameof(ratings), "A statement is null.");
            if (values is null)
            {
                segment = statement.Segment;
                scale = statement.Scale;
                values = new byte[DiCatalog.For(segment).Statements(scale).Count];
            }
            else if (statement.Segment != segment || statement.Scale != scale)
            {
                throw new ArgumentException($"Statement '{statement.Code}' ({statement.Scale}, {statement.Segment}) differs in scale or segment from the others ({scale}, {segment}).", nameof(ratings));
            }

            if (values[statement.Order] != 0)
            {
                throw new ArgumentException($"Statement '{statement.Code}' is rated twice.", nameof(ratings));
            }

            values[statement.Order] = (byte)pair.Value.Value;
        }

        return values is null ? Empty : new StatementRatings(segment, scale, values);
    }

    /// <summary>Returns the rating of a statement.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The rating, or <see langword="null"/> when missing (or when the statement is of another segment or scale).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is <see langword="null"/>.</exception>
    public Rating? Get(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (ratings.Length == 0 || statement.Segment != Segment || statement.Scale != Scale)
        {
            return null;
        }

        byte r = ratings[statement.Order];
        return r == 0 ? null : Rating.FromValue(r);
    }

    /// <summary>Returns a copy with the rating of one statement set or removed.</summary>
    /// <param name="statement">The statement, of the same segment and scale as the others.</param>
    /// <param name="rating">The rating, or <see langword="null"/> for missing.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The statement's segment or scale differs from the others'.</exception>
    public StatementRatings With(Statement statement, Rating? rating)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (Count > 0 && (statement.Segment != Segment || statement.Scale != Scale))
        {
            throw new ArgumentException($"Statement '{statement.Code}' differs in scale or segment from the others ({Scale}, {Segment}).", nameof(statement));
        }

        byte[] values = Count > 0 ? (byte[])ratings.Clone() : new byte[DiCatalog.For(statement.Segment).Statements(statement.Scale).Count];
        values[statement.Order] = rating is { } r ? (byte)r.Value : (byte)0;
        var result = new StatementRatings(statement.Segment, statement.Scale, values);
        return result.Count == 0 ? Empty : result;
    }

    /// <summary>Returns the rating at a statement's catalogue order as 1…5, or 0 when missing; for bulk aggregation.</summary>
    /// <param name="order">The statement's catalogue order within its scale and segment.</param>
    /// <returns>1…5, or 0 when missing or out of range.</returns>
    public int RatingAt(int order) => (uint)order < (uint)ratings.Length ? ratings[order] : 0;

    /// <inheritdoc/>
    public bool Equals(StatementRatings? other)
    {
        if (other is null)
        {
            return false;
        }

        if (Count == 0 || other.Count == 0)
        {
            return Count == other.Count;
        }

        return Segment == other.Segment && Scale == other.Scale && ratings.AsSpan().SequenceEqual(other.ratings);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StatementRatings);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (Count == 0)
        {
            return 0;
        }

        var hash = default(HashCode);
        hash.Add(Segment);
        hash.Add(Scale);
        hash.AddBytes(ratings);
        return hash.ToHashCode();
    }

    /// <summary>Returns the ratings as <c>code=rating</c> pairs, for diagnostics.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        foreach (var pair in Ratings)
        {
            parts.Add($"{pair.Key.Code}={pair.Value}");
        }

        return "{" + string.Join(", ", parts) + "}";
    }
}
