using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Numerics;
using DurableEmployability.Catalog;

namespace DurableEmployability.Trajectories;

/// <summary>The options chosen in one advisory approach field (a set: no repeats, order free).</summary>
/// <remarks>
/// An empty selection counts as unanswered. Value equality (same field and same options). The
/// <see langword="default"/> value is an empty selection of no field, equal to no non-empty selection.
/// Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var diagnosis = ApproachSelection.Create(ApproachField.Diagnosis,
///     [DiCatalog.DiagnosisOptions.Get("inventory"), DiCatalog.DiagnosisOptions.Get("management")]);
/// </code>
/// </example>
public readonly struct ApproachSelection : IEquatable<ApproachSelection>
{
    private readonly ApproachField approachField;
    private readonly int mask;

    private ApproachSelection(ApproachField field, int mask)
    {
        approachField = field;
        this.mask = mask;
    }

    /// <summary>Gets the field, or 0 for the <see langword="default"/> selection.</summary>
    public ApproachField Field => approachField;

    /// <summary>Gets the chosen options as a bit mask: bit <c>i</c> is the option with catalogue order <c>i</c>.</summary>
    public int Mask => mask;

    /// <summary>Gets a value indicating whether no option is chosen (unanswered).</summary>
    public bool IsEmpty => mask == 0;

    /// <summary>Gets the number of options chosen.</summary>
    public int Count => BitOperations.PopCount((uint)mask);

    /// <summary>Gets the chosen options in catalogue order.</summary>
    public ImmutableArray<ApproachOption> Options
    {
        get
        {
            if (mask == 0)
            {
                return [];
            }

            CatalogList<ApproachOption> all = DiCatalog.ApproachOptions(approachField);
            var builder = ImmutableArray.CreateBuilder<ApproachOption>(Count);
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

    /// <summary>Returns the empty selection of a field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The empty selection.</returns>
    public static ApproachSelection None(ApproachField field) => new(field, 0);

    /// <summary>Creates a selection from options of one field.</summary>
    /// <param name="field">The field.</param>
    /// <param name="options">The options, each of <paramref name="field"/> and none repeated.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option belongs to another field, or is repeated.</exception>
    public static ApproachSelection Create(ApproachField field, IEnumerable<ApproachOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = DiCatalog.ApproachOptions(field);
        int mask = 0;
        foreach (ApproachOption option in options)
        {
            ArgumentNullException.ThrowIfNull(option, nameof(options));
            if (option.Field != field)
            {
                throw new ArgumentException($"Option '{option.Code}' belongs to {option.Field}, not to {field}.", nameof(options));
            }

            int bit = 1 << option.Order;
            if ((mask & bit) != 0)
            {
                throw new ArgumentException($"Option '{option.Code}' is repeated.", nameof(options));
            }

            mask |= bit;
        }

        return new ApproachSelection(field, mask);
    }

    /// <summary>Creates a selection from a bit mask (bit <c>i</c> is the option with catalogue order <c>i</c>).</summary>
    /// <param name="field">The field.</param>
    /// <param name="mask">The mask.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mask"/> has bits beyond the field's options.</exception>
    public static ApproachSelection FromMask(ApproachField field, int mask)
    {
        int count = DiCatalog.ApproachOptions(field).Count;
        if (mask < 0 || mask >= (1 << count))
        {
            throw new ArgumentOutOfRangeException(nameof(mask), mask, $"Expected a mask of {count} bits for {field}.");
        }

        return new ApproachSelection(field, mask);
    }

    /// <summary>Returns whether an option is chosen.</summary>
    /// <param name="option">The option.</param>
    /// <returns><see langword="true"/> when chosen.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="option"/> is <see langword="null"/>.</exception>
    public bool Contains(ApproachOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return option.Field == approachField && (mask & (1 << option.Order)) != 0;
    }

    /// <inheritdoc/>
    public bool Equals(ApproachSelection other) => mask == other.mask && (mask == 0 || approachField == other.approachField);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ApproachSelection other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => mask == 0 ? 0 : HashCode.Combine(approachField, mask);

    /// <summary>Compares two selections for equality.</summary>
    /// <param name="left">The first selection.</param>
    /// <param name="right">The second selection.</param>
    /// <returns><see langword="true"/> when both choose the same options (all empty selections are equal).</returns>
    public static bool operator ==(ApproachSelection left, ApproachSelection right) => left.Equals(right);

    /// <summary>Compares two selections for inequality.</summary>
    /// <param name="left">The first selection.</param>
    /// <param name="right">The second selection.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ApproachSelection left, ApproachSelection right) => !left.Equals(right);

    /// <summary>Returns the option codes joined by '+', for diagnostics.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString()
    {
        var codes = new List<string>();
        foreach (ApproachOption option in Options)
        {
            codes.Add(option.Code);
        }

        return codes.Count == 0 ? "(none)" : string.Join("+", codes);
    }
}
