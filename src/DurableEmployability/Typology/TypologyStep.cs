using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace DurableEmployability.Typology;

/// <summary>
/// One of the seven steps of the typology of a participant's DI policy: <c>A</c>=1, <c>AB</c>=2, <c>B</c>=3,
/// <c>BC</c>=4, <c>C</c>=5, <c>CD</c>=6, <c>D</c>=7 (the report's "Typologie (1-7)").
/// </summary>
/// <remarks>
/// Equality and ordering follow the score. The <see langword="default"/> value is <see cref="A"/> (score 1).
/// Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// TypologyStep start = TypologyStep.Parse("AB");
/// TypologyStep end = TypologyStep.BC;
/// TypologyGrowth growth = start.GrowthTo(end); // +2, GrowthClass.Grew
/// </code>
/// </example>
public readonly struct TypologyStep : IEquatable<TypologyStep>, IComparable<TypologyStep>, IComparable
{
    /// <summary>The lowest score, 1 (<see cref="A"/>).</summary>
    public const int MinScore = 1;

    /// <summary>The highest score, 7 (<see cref="D"/>).</summary>
    public const int MaxScore = 7;

    /// <summary>The number of steps, 7.</summary>
    public const int Count = 7;

    private static readonly string[] Codes = ["A", "AB", "B", "BC", "C", "CD", "D"];

    private readonly byte index;

    private TypologyStep(int index) => this.index = (byte)index;

    /// <summary>Gets step A (score 1): incidental attention to sustainable employability.</summary>
    public static TypologyStep A => new(0);

    /// <summary>Gets step AB (score 2), between A and B.</summary>
    public static TypologyStep AB => new(1);

    /// <summary>Gets step B (score 3): recent plans, partly implemented.</summary>
    public static TypologyStep B => new(2);

    /// <summary>Gets step BC (score 4), between B and C.</summary>
    public static TypologyStep BC => new(3);

    /// <summary>Gets step C (score 5): tried and tested conditions.</summary>
    public static TypologyStep C => new(4);

    /// <summary>Gets step CD (score 6), between C and D.</summary>
    public static TypologyStep CD => new(5);

    /// <summary>Gets step D (score 7): sustainable employability is a continuous process.</summary>
    public static TypologyStep D => new(6);

    /// <summary>Gets all seven steps in order of score.</summary>
    public static ImmutableArray<TypologyStep> All { get; } = [A, AB, B, BC, C, CD, D];

    /// <summary>Gets the score of the step, 1…7.</summary>
    public int Score => index + 1;

    /// <summary>Gets the zero-based index of the step, 0…6 (score − 1).</summary>
    public int Index => index;

    /// <summary>Gets the code of the step (<c>A</c>, <c>AB</c>, …, <c>D</c>).</summary>
    public string Code => Codes[index];

    /// <summary>Gets a value indicating whether the step lies between two described types (<c>AB</c>, <c>BC</c>, <c>CD</c>).</summary>
    public bool IsHalfStep => (index & 1) == 1;

    /// <summary>Returns the step with the given score.</summary>
    /// <param name="score">The score, 1…7.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not in 1…7.</exception>
    public static TypologyStep FromScore(int score)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(score, MinScore);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, MaxScore);
        return new TypologyStep(score - 1);
    }

    /// <summary>Parses a typology code (ordinal, upper case: <c>A AB B BC C CD D</c>).</summary>
    /// <param name="code">The code.</param>
    /// <param name="step">The step, when the code is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is one of the seven codes.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out TypologyStep step) => TryParse(code.AsSpan(), out step) && code is not null;

    /// <summary>Parses a typology code (ordinal, upper case: <c>A AB B BC C CD D</c>).</summary>
    /// <param name="code">The code.</param>
    /// <param name="step">The step, when the code is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is one of the seven codes.</returns>
    public static bool TryParse(ReadOnlySpan<char> code, out TypologyStep step)
    {
        int i = code switch
        {
            "A" => 0,
            "AB" => 1,
            "B" => 2,
            "BC" => 3,
            "C" => 4,
            "CD" => 5,
            "D" => 6,
            _ => -1,
        };
        step = i < 0 ? default : new TypologyStep(i);
        return i >= 0;
    }

    /// <summary>Parses a typology code; for codes known to be valid.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="code"/> is not one of the seven codes.</exception>
    public static TypologyStep Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out TypologyStep step)
            ? step
            : throw new FormatException($"'{code}' is not a typology code; valid codes are A, AB, B, BC, C, CD, D.");
    }

    /// <summary>Returns the growth from this step (the start) to another (the end): score(end) − score(this).</summary>
    /// <param name="end">The step at the end.</param>
    /// <returns>The growth, −6…+6.</returns>
    public TypologyGrowth GrowthTo(TypologyStep end) => TypologyGrowth.Between(this, end);

    /// <summary>Returns the step reached by adding a growth to this step.</summary>
    /// <param name="growth">The growth.</param>
    /// <returns>The step with score <see cref="Score"/> + growth.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The resulting score lies outside 1…7.</exception>
    public TypologyStep Add(TypologyGrowth growth) => FromScore(Score + growth.Value);

    /// <summary>Returns the code of the step.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <inheritdoc/>
    public bool Equals(TypologyStep other) => index == other.index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TypologyStep other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => index;

    /// <inheritdoc/>
    public int CompareTo(TypologyStep other) => index.CompareTo(other.index);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TypologyStep other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a TypologyStep.", nameof(obj)),
    };

    /// <summary>Compares two steps for equality.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when both have the same score.</returns>
    public static bool operator ==(TypologyStep left, TypologyStep right) => left.Equals(right);

    /// <summary>Compares two steps for inequality.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when the scores differ.</returns>
    public static bool operator !=(TypologyStep left, TypologyStep right) => !left.Equals(right);

    /// <summary>Returns whether one step has a lower score than another.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> scores lower.</returns>
    public static bool operator <(TypologyStep left, TypologyStep right) => left.index < right.index;

    /// <summary>Returns whether one step has a higher score than another.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> scores higher.</returns>
    public static bool operator >(TypologyStep left, TypologyStep right) => left.index > right.index;

    /// <summary>Returns whether one step has a score lower than or equal to another's.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not score higher.</returns>
    public static bool operator <=(TypologyStep left, TypologyStep right) => left.index <= right.index;

    /// <summary>Returns whether one step has a score higher than or equal to another's.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not score lower.</returns>
    public static bool operator >=(TypologyStep left, TypologyStep right) => left.index >= right.index;
}
