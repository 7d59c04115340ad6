using DurableEmployability.Catalog;

namespace DurableEmployability.ReportConsole.CommandLine;

/// <summary>The parsed command line.</summary>
/// <remarks>Immutable.</remarks>
internal sealed record ConsoleOptions
{
    /// <summary>The seed of <c>--generate</c> when <c>--seed</c> is not given.</summary>
    public const ulong DefaultSeed = 2016;

    /// <summary>Gets the command.</summary>
    public ConsoleCommand Command { get; init; } = ConsoleCommand.Report;

    /// <summary>Gets the input file, <c>-</c> for standard input, or <see langword="null"/> for the built-in dataset.</summary>
    public string? Input { get; init; }

    /// <summary>Gets the segment asked for, or <see langword="null"/> when none was given.</summary>
    public Segment? Segment { get; init; }

    /// <summary>Gets a value indicating whether a report per partner follows the overall report.</summary>
    public bool ByPartner { get; init; }

    /// <summary>Gets the output format.</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Text;

    /// <summary>Gets the display language.</summary>
    public Language Language { get; init; } = Language.Dutch;

    /// <summary>Gets the output file, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }

    /// <summary>Gets a value indicating whether the analysis section was asked for.</summary>
    public bool Analysis { get; init; }

    /// <summary>Gets the minimum size of a breakdown group; 0 turns suppression off.</summary>
    public int MinimumGroup { get; init; }

    /// <summary>Gets the number of participants to generate, or <see langword="null"/>.</summary>
    public long? Generate { get; init; }

    /// <summary>Gets the seed of the generated cohort.</summary>
    public ulong Seed { get; init; } = DefaultSeed;

    /// <summary>Gets a value indicating whether the report comes from the built-in phase I reconstruction.</summary>
    public bool UsesBuiltInDataset => Input is null && Generate is null;
}
