using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;

namespace DurableEmployability.ReportConsole.Tests;

/// <summary>Runs the built console as a process: <c>dotnet DurableEmployability.ReportConsole.dll args</c>.</summary>
/// <remarks>Runs with the same arguments are made once and shared (the console is deterministic). Thread-safe.</remarks>
public static class ConsoleProcess
{
    private static readonly ConcurrentDictionary<string, Lazy<ConsoleResult>> Cache = new(StringComparer.Ordinal);

    /// <summary>Gets the path of the console's built dll.</summary>
    public static string DllPath { get; } = typeof(ConsoleProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ConsoleDll").Value!;

    /// <summary>Gets the directory of the test data files.</summary>
    public static string DataDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Data");

    /// <summary>Runs the console once per distinct argument list and returns the shared result.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The result.</returns>
    public static ConsoleResult Cached(params string[] args) =>
        Cache.GetOrAdd(string.Join('\u0001', args), _ => new Lazy<ConsoleResult>(() => RunWithInput(null, args))).Value;

    /// <summary>Runs the console.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The result.</returns>
    public static ConsoleResult Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs the console with text on standard input.</summary>
    /// <param name="stdin">The standard input, or <see langword="null"/> for none (closed at once).</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The result.</returns>
    public static ConsoleResult RunWithInput(string? stdin, params string[] args) => RunWith(stdin, null, args);

    /// <summary>Runs the console with text on standard input and extra environment variables.</summary>
    /// <param name="stdin">The standard input, or <see langword="null"/> for none (closed at once).</param>
    /// <param name="environment">Environment variables to set (for example <c>LC_ALL</c>), or <see langword="null"/>.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The result.</returns>
    public static ConsoleResult RunWith(string? stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        Assert.True(File.Exists(DllPath), $"The console is not built at {DllPath}.");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(DllPath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The console did not finish within 60 s: {string.Join(' ', args)}");
        }

        process.WaitForExit();
        return new ConsoleResult(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed);
    }
}
