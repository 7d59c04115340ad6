using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using DurableEmployability.Catalog;
using DurableEmployability.Typology;

namespace DurableEmployability.Aggregation;

/// <summary>
/// The layout of an accumulator's flat counter array for one segment and size class scheme: named blocks at fixed
/// offsets, indexed by catalogue order. Derived values (growth, option counts, means) are not stored.
/// </summary>
internal sealed class CounterLayout
{
    internal const int Steps = TypologyStep.Count;
    internal const int DiagnosisMasks = 1 << 7;
    internal const int PresentationMasks = 1 << 5;
    internal const int ExecutionMasks = 1 << 6;
    internal const int BandSlots = 5; // unanswered + four bands

    private static readonly ConcurrentDictionary<(Segment, SizeClassScheme), CounterLayout> Cache = new();

    private readonly List<(string Name, int Offset, int Length)> blocks = [];

    private CounterLayout(Segment segment, SizeClassScheme sizeClasses)
    {
        Segment = segment;
        Catalog = DiCatalog.For(segment);
        SizeClasses = sizeClasses;
        Complete = Block("complete", 1);
        Incomplete = Block("incomplete", 1);
        TypologyStart = Block("typologyStart", Steps);
        TypologyEnd = Block("typologyEnd", Steps);
        Transitions = Block("typologyTransitions", Steps * Steps);
        Aspects = Block("aspects", Catalog.Aspects.Count);
        Opportunities = ScaleBlocks("opportunities", StatementScale.Opportunity);
        Obstacles = ScaleBlocks("obstacles", StatementScale.Obstacle);
        Continuation = Block("continuation", 9);
        Actions = Block("actions", Catalog.Indicators.Count * 3);
        Satisfaction = Block("satisfaction", 5);
        Grades = Block("grades", 11);
        Diagnosis = Block("diagnosis", DiagnosisMasks);
        Presentation = Block("presentation", PresentationMasks);
        Execution = Block("execution", ExecutionMasks);
        SizeClassCounts = Block("sizeClasses", 1 + sizeClasses.Count);
        PermanentContracts = Block("permanentContracts", BandSlots);
        Men = Block("men", BandSlots);
        AgeGroups = Block("ageGroups", DiCatalog.AgeGroups.Count * BandSlots);
        EducationLevels = Block("educationLevels", DiCatalog.EducationLevels.Count * BandSlots);
        SectorsUnanswered = Block("sectorsUnanswered", 1);
        Blocks = [.. blocks];
    }

    internal Segment Segment { get; }

    internal SegmentCatalog Catalog { get; }

    internal SizeClassScheme SizeClasses { get; }

    internal int Length { get; private set; }

    internal ImmutableArray<(string Name, int Offset, int Length)> Blocks { get; }

    internal int Complete { get; }

    internal int Incomplete { get; }

    internal int TypologyStart { get; }

    internal int TypologyEnd { get; }

    internal int Transitions { get; }

    internal int Aspects { get; }

    internal ScaleLayout Opportunities { get; }

    internal ScaleLayout Obstacles { get; }

    /// <summary>Gets the continuation block: continues yes, no, unanswered; form continue, new, unanswered; support yes, no, unanswered.</summary>
    internal int Continuation { get; }

    /// <summary>Gets the actions block: per indicator (catalogue order) yes, maybe, no.</summary>
    internal int Actions { get; }

    /// <summary>Gets the satisfaction block: unanswered, A…D.</summary>
    internal int Satisfaction { get; }

    /// <summary>Gets the grades block: unanswered, 1…10.</summary>
    internal int Grades { get; }

    /// <summary>Gets the diagnosis block: one counter per option mask (mask 0 = unanswered).</summary>
    internal int Diagnosis { get; }

    internal int Presentation { get; }

    internal int Execution { get; }

    /// <summary>Gets the size class block: unanswered, then one per class.</summary>
    internal int SizeClassCounts { get; }

    /// <summary>Gets the permanent contracts block: unanswered, then the four bands.</summary>
    internal int PermanentContracts { get; }

    internal int Men { get; }

    /// <summary>Gets the age groups block: per group, unanswered then the four bands.</summary>
    internal int AgeGroups { get; }

    internal int EducationLevels { get; }

    internal int SectorsUnanswered { get; }

    internal static CounterLayout For(Segment segment, SizeClassScheme sizeClasses) =>
        Cache.GetOrAdd((segment, sizeClasses), static key => new CounterLayout(key.Item1, key.Item2));

    internal ScaleLayout Scale(StatementScale scale) => scale == StatementScale.Opportunity ? Opportunities : Obstacles;

    private int Block(string name, int length)
    {
        int offset = Length;
        blocks.Add((name, offset, length));
        Length = checked(Length + length);
        return offset;
    }

    private ScaleLayout ScaleBlocks(string name, StatementScale scale)
    {
        int k = Catalog.Statements(scale).Count;
        return new ScaleLayout(
            scale,
            k,
            Block(name, k * 6),
            Block(name + "ListwiseCount", 1),
            Block(name + "ListwiseSums", k),
            Block(name + "ListwiseCrossProducts", k * (k + 1) / 2),
            Block(name + "PairCounts", k * k),
            Block(name + "PairSums", k * k),
            Block(name + "PairSumsOfSquares", k * k),
            Block(name + "PairCrossProducts", k * k));
    }

    /// <summary>The blocks of one statement scale.</summary>
    /// <param name="Scale">The scale.</param>
    /// <param name="K">The number of items.</param>
    /// <param name="Counts">Per item: missing, then scores 1…5.</param>
    /// <param name="ListwiseCount">Participants who rated every item.</param>
    /// <param name="ListwiseSums">Σx_i over listwise participants.</param>
    /// <param name="ListwiseCross">Σx_i·x_j, i ≤ j packed.</param>
    /// <param name="PairCounts">n_ij, k × k.</param>
    /// <param name="PairSums">Σx_i over both rated, k × k.</param>
    /// <param name="PairSquares">Σx_i² over both rated, k × k.</param>
    /// <param name="PairCross">Σx_i·x_j over both rated, k × k.</param>
    internal sealed record ScaleLayout(
        StatementScale Scale,
        int K,
        int Counts,
        int ListwiseCount,
        int ListwiseSums,
        int ListwiseCross,
        int PairCounts,
        int PairSums,
        int PairSquares,
        int PairCross);
}
