using System;

namespace DurableEmployability.Serialization;

/// <summary>Limits and settings of the dataset reader (<see cref="DatasetReader"/>).</summary>
/// <remarks>
/// The defaults follow <c>dataset-format.md</c>: at most 100 problems listed, nesting at most 64 levels, strings of at
/// most 16 MiB of UTF-8. Value equality. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var options = DatasetReaderOptions.Default with { MaxProblems = 1000 };
/// DatasetReadResult result = DatasetReader.Read(stream, options);
/// </code>
/// </example>
public sealed record DatasetReaderOptions
{
    private readonly int maxProblems = 100;
    private readonly int maxDepth = 64;
    private readonly int maxStringLength = 16 * 1024 * 1024;
    private readonly int maxValueBytes = 64 * 1024 * 1024;
    private readonly int bufferSize = 64 * 1024;

    /// <summary>Gets the default options.</summary>
    public static DatasetReaderOptions Default { get; } = new();

    /// <summary>Gets the largest number of problems listed (default 100); beyond it one <c>problem-limit</c> problem is added and reading goes on counting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxProblems
    {
        get => maxProblems;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            maxProblems = value;
        }
    }

    /// <summary>Gets the deepest nesting accepted (default 64; the root object is level 1); deeper nesting is an error that ends reading.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not in 8…1000.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 8);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1000);
            maxDepth = value;
        }
    }

    /// <summary>Gets the largest decoded string (and property name) accepted, in bytes of UTF-8 (default 16 MiB); a longer one is an error at its path.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxStringLength
    {
        get => maxStringLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            maxStringLength = value;
        }
    }

    /// <summary>
    /// Gets the largest JSON text of one partner, one participant or one other root value, in bytes (default 64 MiB);
    /// the reader holds one such value in memory at a time, so this bounds its memory. A larger value ends reading.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1024.</exception>
    public int MaxValueBytes
    {
        get => maxValueBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1024);
            maxValueBytes = value;
        }
    }

    /// <summary>Gets the initial size of the read buffer in bytes (default 64 KiB); it grows as needed up to <see cref="MaxValueBytes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not in 16…16 MiB.</exception>
    public int BufferSize
    {
        get => bufferSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 16);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 16 * 1024 * 1024);
            bufferSize = value;
        }
    }
}
