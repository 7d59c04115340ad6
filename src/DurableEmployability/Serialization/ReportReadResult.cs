using System;
using System.Diagnostics.CodeAnalysis;
using DurableEmployability.Validation;

namespace DurableEmployability.Serialization;

/// <summary>The result of reading a report (or accumulator state) from JSON: the value, or the problems that prevented it.</summary>
/// <typeparam name="T">The type read.</typeparam>
/// <remarks>
/// Reading never throws for bad data; <see cref="Success"/> is <see langword="true"/> when no problem is an error.
/// Value equality. Immutable and thread-safe.
/// </remarks>
public sealed record ReportReadResult<T>
    where T : class
{
    internal ReportReadResult(T? value, ValueArray<Problem> problems)
    {
        Problems = problems;
        Value = HasErrors(problems) ? null : value;
    }

    /// <summary>Gets the value read, or <see langword="null"/> when an error occurred.</summary>
    public T? Value { get; }

    /// <summary>Gets the problems found, errors and warnings, in document order.</summary>
    public ValueArray<Problem> Problems { get; }

    /// <summary>Gets a value indicating whether the value was read (no problem is an error).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Value is not null;

    /// <summary>Returns the value, or throws when reading failed.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">Reading failed; the message lists the problems.</exception>
    public T GetValueOrThrow() => Value ?? throw new FormatException("The JSON could not be read: " + string.Join("; ", Problems));

    private static bool HasErrors(ValueArray<Problem> problems)
    {
        foreach (Problem problem in problems)
        {
            if (problem.IsError)
            {
                return true;
            }
        }

        return false;
    }
}
