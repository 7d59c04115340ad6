using System;
using System.Text;
using DurableEmployability.Catalog;
using DurableEmployability.ReportConsole.CommandLine;
using DurableEmployability.ReportConsole.Rendering;
using DurableEmployability.ReportConsole.Reports;

namespace DurableEmployability.ReportConsole;

/// <summary>The console's entry point: parses the arguments, runs the command and maps failures to exit codes.</summary>
/// <remarks>Exit codes: 0 success; 2 invalid input, arguments or output path (one line per problem on standard error);
/// 1 an unexpected failure (one line asking to report it). Never prints a stack trace.</remarks>
internal static class ConsoleApplication
{
    /// <summary>Exit code of success.</summary>
    public const int Success = 0;

    /// <summary>Exit code of an unexpected failure.</summary>
    public const int Unexpected = 1;

    /// <summary>Exit code of invalid or unreadable input (and of invalid arguments).</summary>
    public const int InvalidInput = 2;

    /// <summary>Runs the console.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Language language = CommandLineParser.PeekLanguage(args);
        DisplayFormat f = DisplayFormat.For(language);
        string errorWord = f.Say("fout", "error");
        try
        {
            Console.OutputEncoding = new UTF8Encoding(false);
        }
        catch (Exception e) when (e is System.IO.IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // Some hosts do not allow changing the encoding; the output is still UTF-8 where it matters (files, pipes).
        }

        try
        {
            if (!CommandLineParser.TryParse(args, out ConsoleOptions options, out string error))
            {
                Console.Error.WriteLine($"{errorWord}: {error} ({f.Say("zie --help", "see --help")})");
                return InvalidInput;
            }

            return options.Command switch
            {
                ConsoleCommand.Help => Help(language),
                _ => new ReportCommand(options).Run(),
            };
        }
        catch (UserErrorException e)
        {
            Console.Error.WriteLine($"{errorWord}: {e.Message}");
            return InvalidInput;
        }
#pragma warning disable CA1031 // The console's last line of defence: every failure becomes one line and exit code 1.
        catch (Exception e)
#pragma warning restore CA1031
        {
            string message = e.Message.ReplaceLineEndings(" ");
            Console.Error.WriteLine(f.Say(
                $"onverwachte fout: {e.GetType().Name}: {message} — meld dit alstublieft (met het commando) bij het project (issue tracker)",
                $"unexpected failure: {e.GetType().Name}: {message} — please report this (with the command you ran) to the project (issue tracker)"));
            return Unexpected;
        }
    }

    private static int Help(Language language)
    {
        Console.Out.Write(CommandLineParser.Usage(language).ReplaceLineEndings("\n") + "\n");
        return Success;
    }
}
