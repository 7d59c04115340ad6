using System;
using System.IO;
using System.Security;
using DurableEmployability.ReportConsole.Rendering;

namespace DurableEmployability.ReportConsole.Reports;

/// <summary>Opens the input named by <c>--input</c>: a file, or standard input for <c>-</c>.</summary>
/// <remarks>Every way a file can fail to open becomes a one-line <see cref="UserErrorException"/> (exit code 2).</remarks>
internal static class InputSource
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>Returns how the input is named in messages.</summary>
    /// <param name="path">The path given with <c>--input</c>.</param>
    /// <param name="format">The display format.</param>
    /// <returns>The path, or "standard input".</returns>
    public static string Describe(string path, DisplayFormat format) =>
        path == StandardInput ? format.Say("standaardinvoer", "standard input") : path;

    /// <summary>Opens the input for reading, sequentially.</summary>
    /// <param name="path">The path given with <c>--input</c>, or <c>-</c>.</param>
    /// <param name="format">The display format (for messages).</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="UserErrorException">The file does not exist or cannot be read.</exception>
    public static Stream Open(string path, DisplayFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(format);
        if (path == StandardInput)
        {
            return Console.OpenStandardInput();
        }

        string Fail(string dutch, string english) => format.Say($"kan '{path}' niet lezen: {dutch}", $"cannot read '{path}': {english}");
        if (path.Length == 0)
        {
            throw new UserErrorException(Fail("lege bestandsnaam", "empty file name"));
        }

        if (Directory.Exists(path))
        {
            throw new UserErrorException(Fail("het is een map", "it is a directory"));
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserErrorException(Fail("bestand niet gevonden", "file not found"), e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or SecurityException)
        {
            throw new UserErrorException(Fail("geen toegang", "access denied"), e);
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            throw new UserErrorException(Fail(e.Message.ReplaceLineEndings(" "), e.Message.ReplaceLineEndings(" ")), e);
        }
    }
}
