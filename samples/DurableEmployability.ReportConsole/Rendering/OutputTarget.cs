using System;
using System.IO;

namespace DurableEmployability.ReportConsole.Rendering;

/// <summary>Writes the output to standard output, or to a file completely or not at all.</summary>
/// <remarks>A file is written to a temporary file beside it and then moved over it, so a reader never sees half a report.</remarks>
internal static class OutputTarget
{
    /// <summary>Writes the output.</summary>
    /// <param name="path">The file, or <see langword="null"/> for standard output.</param>
    /// <param name="format">The display format (for messages).</param>
    /// <param name="write">Writes the content to a stream.</param>
    /// <exception cref="UserErrorException">The file cannot be written.</exception>
    public static void Write(string? path, DisplayFormat format, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(write);
        if (path is null)
        {
            using Stream stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Flush();
            return;
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UserErrorException(format.Say($"kan '{path}' niet schrijven: ongeldige bestandsnaam", $"cannot write '{path}': invalid file name"), e);
        }

        string directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new UserErrorException(format.Say($"kan '{path}' niet schrijven: map bestaat niet", $"cannot write '{path}': directory does not exist"));
        }

        if (Directory.Exists(full))
        {
            throw new UserErrorException(format.Say($"kan '{path}' niet schrijven: het is een map", $"cannot write '{path}': it is a directory"));
        }

        string temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new UserErrorException(format.Say($"kan '{path}' niet schrijven: {e.Message}", $"cannot write '{path}': {e.Message}"), e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file could not be removed; the target is untouched either way.
        }
    }
}
