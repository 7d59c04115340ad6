using System;
using System.Collections.Generic;
using DurableEmployability.Typology;

namespace DurableEmployability.Catalog;

/// <summary>The catalogue of one segment: its aspects and indicators, statements and typology descriptions.</summary>
/// <remarks>
/// There are two instances, <see cref="Company"/> and <see cref="SelfEmployed"/>; equality is
/// reference equality. Every list is in catalogue order (the order of the report's tables). Immutable and
/// thread-safe.
/// </remarks>
/// <example>
/// <code>
/// foreach (Aspect aspect in DiCatalog.Company.Aspects)
///     Console.WriteLine($"{aspect.Label.Dutch}: {aspect.Indicators.Length} indicators");
/// </code>
/// </example>
public sealed class SegmentCatalog : ICatalogEntry
{
    internal SegmentCatalog(
        Segment segment,
        int order,
        string code,
        BilingualText label,
        Func<SegmentCatalog, IEnumerable<Aspect>> aspects,
        IEnumerable<(string Code, BilingualText Short, BilingualText Full)> opportunities,
        IEnumerable<(string Code, BilingualText Short, BilingualText Full)> obstacles,
        BilingualText opportunityStem,
        BilingualText obstacleStem,
        IReadOnlyList<BilingualText> typology)
    {
        Segment = segment;
        Order = order;
        Code = code;
        Label = label;
        Aspects = new CatalogList<Aspect>(new BilingualText("aspect", "aspect"), segment, aspects(this));
        var indicators = new List<Indicator>();
        foreach (Aspect aspect in Aspects)
        {
            indicators.AddRange(aspect.Indicators);
        }

        Indicators = new CatalogList<Indicator>(new BilingualText("indicator", "indicator"), segment, indicators);
        Opportunities = new CatalogList<Statement>(
            new BilingualText("opbrengst-stelling", "opportunity statement"), segment, MakeStatements(segment, StatementScale.Opportunity, opportunities));
        Obstacles = new CatalogList<Statement>(
            new BilingualText("aanknopingspunt-stelling", "obstacle statement"), segment, MakeStatements(segment, StatementScale.Obstacle, obstacles));
        OpportunityStem = opportunityStem;
        ObstacleStem = obstacleStem;
        var steps = new List<TypologyDescription>();
        for (int i = 0; i < TypologyStep.Count; i++)
        {
            TypologyStep step = TypologyStep.All[i];
            steps.Add(new TypologyDescription(segment, step, new BilingualText("Type " + step.Code, "Type " + step.Code), typology[i]));
        }

        Typology = new CatalogList<TypologyDescription>(new BilingualText("typologie", "typology step"), segment, steps);
    }

    /// <summary>Gets the catalogue of companies with staff.</summary>
    public static SegmentCatalog Company { get; } = CatalogData.CreateCompany();

    /// <summary>Gets the catalogue of self-employed entrepreneurs.</summary>
    public static SegmentCatalog SelfEmployed { get; } = CatalogData.CreateSelfEmployed();

    /// <summary>Gets the segment.</summary>
    public Segment Segment { get; }

    /// <summary>Gets the segment code: <c>company</c> or <c>self-employed</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the segment's label ("bedrijf"/"company", "ZZP-er"/"self-employed").</summary>
    public BilingualText Label { get; }

    /// <inheritdoc/>
    public int Order { get; }

    /// <summary>Gets the aspects of the segment (5 for companies, 2 for the self-employed).</summary>
    public CatalogList<Aspect> Aspects { get; }

    /// <summary>Gets all indicators of the segment, aspect by aspect (31 for companies, 9 for the self-employed).</summary>
    public CatalogList<Indicator> Indicators { get; }

    /// <summary>Gets the opportunity statements (8 for companies, 6 for the self-employed).</summary>
    public CatalogList<Statement> Opportunities { get; }

    /// <summary>Gets the obstacle statements (12 for companies, 7 for the self-employed).</summary>
    public CatalogList<Statement> Obstacles { get; }

    /// <summary>Gets the stem of the opportunity statements ("Het project heeft geleid tot …").</summary>
    public BilingualText OpportunityStem { get; }

    /// <summary>Gets the stem of the obstacle statements ("Er is nog onvoldoende …", for the self-employed "U heeft nog onvoldoende …").</summary>
    public BilingualText ObstacleStem { get; }

    /// <summary>Gets the seven typology steps with this segment's descriptions.</summary>
    public CatalogList<TypologyDescription> Typology { get; }

    /// <summary>Returns the catalogue of a segment.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The segment's catalogue.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is not a defined value.</exception>
    public static SegmentCatalog For(Segment segment) => segment switch
    {
        Segment.Company => Company,
        Segment.SelfEmployed => SelfEmployed,
        _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, "Expected Segment.Company or Segment.SelfEmployed."),
    };

    /// <summary>Returns the statements of one scale.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns><see cref="Opportunities"/> or <see cref="Obstacles"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not a defined value.</exception>
    public CatalogList<Statement> Statements(StatementScale scale) => scale switch
    {
        StatementScale.Opportunity => Opportunities,
        StatementScale.Obstacle => Obstacles,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Expected StatementScale.Opportunity or StatementScale.Obstacle."),
    };

    /// <summary>Returns the segment code, for diagnostics.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    static SegmentCatalog() => LinkSegments();

    private static void LinkSegments()
    {
        Link(Company.Aspects, SelfEmployed.Aspects);
        Link(Company.Indicators, SelfEmployed.Indicators);
        Link(Company.Opportunities, SelfEmployed.Opportunities);
        Link(Company.Obstacles, SelfEmployed.Obstacles);
    }

    private static void Link<T>(CatalogList<T> company, CatalogList<T> selfEmployed)
        where T : class, ICatalogEntry
    {
        var companyCodes = company.CodeSet();
        var selfEmployedCodes = selfEmployed.CodeSet();
        company.LinkOtherSegment(() => selfEmployedCodes);
        selfEmployed.LinkOtherSegment(() => companyCodes);
    }

    private static IEnumerable<Statement> MakeStatements(Segment segment, StatementScale scale, IEnumerable<(string Code, BilingualText Short, BilingualText Full)> items)
    {
        int order = 0;
        foreach (var (code, shortLabel, full) in items)
        {
            yield return new Statement(segment, scale, order++, code, shortLabel, full);
        }
    }
}
