using System;

namespace DurableEmployability.ReportConsole.Tests;

/// <summary>What a run of the console printed and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Stdout">Standard output.</param>
/// <param name="Stderr">Standard error.</param>
/// <param name="Elapsed">The wall-clock time of the run.</param>
public sealed record ConsoleResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    /// <summary>Gets a value indicating whether standard error shows a .NET stack trace.</summary>
    public bool HasStackTrace => Stderr.Contains("   at ", StringComparison.Ordinal) || Stdout.Contains("   at ", StringComparison.Ordinal)
        || Stderr.Contains("Unhandled exception", StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
