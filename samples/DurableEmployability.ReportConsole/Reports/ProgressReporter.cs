using System;
using System.Diagnostics;
using System.IO;
using DurableEmployability.ReportConsole.Rendering;

namespace DurableEmployability.ReportConsole.Reports;

/// <summary>Shows records read and the rate on standard error, only when standard error is a terminal.</summary>
/// <remarks>Thread-safe: reports from several threads are serialized. Never writes to standard output.</remarks>
internal sealed class ProgressReporter : IDisposable
{
    private static readonly long Interval = Stopwatch.Frequency / 4;
    private readonly TextWriter? error;
    private readonly DisplayFormat format;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly object gate = new();
    private long lastShown;
    private bool shown;

    /// <summary>Initializes a new instance of the <see cref="ProgressReporter"/> class.</summary>
    /// <param name="format">The display format.</param>
    public ProgressReporter(DisplayFormat format)
    {
        this.format = format;
        error = Console.IsErrorRedirected ? null : Console.Error;
    }

    /// <summary>Gets the time since the reporter started.</summary>
    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>Reports the number of records read so far; shown at most four times a second.</summary>
    /// <param name="records">The records read.</param>
    public void Report(long records)
    {
        if (error is null)
        {
            return;
        }

        lock (gate)
        {
            long now = clock.ElapsedTicks;
            if (now - lastShown < Interval)
            {
                return;
            }

            lastShown = now;
            double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
            error.Write(format.Say(
                $"\r{format.Count(records)} records gelezen, {format.Count((long)(records / seconds))} per seconde   ",
                $"\r{format.Count(records)} records read, {format.Count((long)(records / seconds))} per second   "));
            shown = true;
        }
    }

    /// <summary>Clears the progress line.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (shown && error is not null)
            {
                error.Write("\r" + new string(' ', 60) + "\r");
                shown = false;
            }
        }
    }
}
