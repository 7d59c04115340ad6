using System;
using System.Globalization;
using DurableEmployability.Catalog;
using DurableEmployability.Generation;
using DurableEmployability.ReportConsole.Rendering;

namespace DurableEmployability.ReportConsole.CommandLine;

/// <summary>Parses the console's arguments (see docs/console.md).</summary>
/// <remarks>Stateless and thread-safe. Errors are returned, never thrown.</remarks>
internal static class CommandLineParser
{
    /// <summary>Finds the language asked for with <c>--lang</c>, so that even argument errors are in that language.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The language, Dutch when absent or invalid.</returns>
    public static Language PeekLanguage(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int i = Array.LastIndexOf(args, "--lang");
        return i >= 0 && i + 1 < args.Length && Languages.TryParse(args[i + 1], out Language language) ? language : Language.Dutch;
    }

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="options">The options, when the arguments are valid.</param>
    /// <param name="error">A one-line message, when they are not.</param>
    /// <returns>Whether the arguments are valid.</returns>
    public static bool TryParse(string[] args, out ConsoleOptions options, out string error)
    {
        ArgumentNullException.ThrowIfNull(args);
        DisplayFormat f = DisplayFormat.For(PeekLanguage(args));
        options = new ConsoleOptions();
        error = string.Empty;
        int start = 0;
        for (int i = start; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "--help" or "-h" or "-?" or "help")
            {
                options = options with { Command = ConsoleCommand.Help };
                return true;
            }

            if (name is "--analysis")
            {
                options = options with { Analysis = true };
                continue;
            }

            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length == 2)
            {
                error = f.Say($"onbekend argument '{name}'", $"unknown argument '{name}'");
                return false;
            }

            if (name is not ("--segment" or "--by" or "--format" or "--lang" or "--output" or "--min-group" or "--generate" or "--seed"))
            {
                error = f.Say($"onbekende optie '{name}'", $"unknown option '{name}'");
                return false;
            }

            if (i + 1 >= args.Length)
            {
                error = f.Say($"optie '{name}' heeft een waarde nodig", $"option '{name}' needs a value");
                return false;
            }

            string value = args[++i];
            string? problem = null;
            switch (name)
            {
                case "--input":
                    options = options with { Input = value };
                    break;
                case "--output":
                    options = options with { Output = value };
                    break;
                case "--segment":
                    Segment? segment = value switch { "company" => Segment.Company, "self-employed" => Segment.SelfEmployed, _ => null };
                    problem = segment is null ? f.Say("verwacht company of self-employed", "expected company or self-employed") : null;
                    options = options with { Segment = segment };
                    break;
                case "--by":
                    problem = value == "partner" ? null : f.Say("verwacht partner", "expected partner");
                    options = options with { ByPartner = true };
                    break;
                case "--format":
                    OutputFormat? format = value switch { "text" => OutputFormat.Text, "markdown" => OutputFormat.Markdown, "json" => OutputFormat.Json, _ => null };
                    problem = format is null ? f.Say("verwacht text, markdown of json", "expected text, markdown or json") : null;
                    options = options with { Format = format ?? OutputFormat.Text };
                    break;
                case "--lang":
                    problem = Languages.TryParse(value, out Language language) ? null : f.Say("verwacht nl of en", "expected nl or en");
                    options = options with { Language = language };
                    break;
                case "--min-group":
                    problem = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int minimum)
                        ? null
                        : f.Say("verwacht een geheel getal ≥ 0", "expected a whole number ≥ 0");
                    options = options with { MinimumGroup = minimum };
                    break;
                case "--generate":
                    problem = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long count) && count is >= 1 and <= CohortGenerator.MaxCount
                        ? null
                        : f.Say($"verwacht een aantal van 1 tot en met {CohortGenerator.MaxCount.ToString(CultureInfo.InvariantCulture)}", $"expected a count from 1 to {CohortGenerator.MaxCount.ToString(CultureInfo.InvariantCulture)}");
                    options = options with { Generate = count };
                    break;
                default:
                    problem = ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed)
                        ? null
                        : f.Say("verwacht een geheel getal ≥ 0", "expected a whole number ≥ 0");
                    options = options with { Seed = seed };
                    break;
            }

            if (problem is not null)
            {
                error = f.Say($"ongeldige waarde '{value}' voor {name}: {problem}", $"invalid value '{value}' for {name}: {problem}");
                return false;
            }
        }

        if (options.Command == ConsoleCommand.Validate && options.Input is null)
        {
            error = f.Say("validate heeft --input FILE nodig", "validate needs --input FILE");
            return false;
        }

        if (options.Input is not null && options.Generate is not null)
        {
            error = f.Say("--input en --generate gaan niet samen", "--input and --generate cannot be combined");
            return false;
        }

        if (options.Command == ConsoleCommand.Validate && options.Generate is not null)
        {
            error = f.Say("validate gaat niet samen met --generate", "validate cannot be combined with --generate");
            return false;
        }

        return true;
    }

    /// <summary>Returns the usage text.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The usage, several lines.</returns>
    public static string Usage(Language language)
    {
        DisplayFormat f = DisplayFormat.For(language);
        return f.Say(
            """
            Gebruik: DurableEmployability.ReportConsole [validate] [opties]

              --input FILE        een dataset (JSON); "-" leest standaardinvoer. Zonder: de ingebouwde reconstructie van fase I
              --segment S         company | self-employed (zonder: beide in text/markdown, company in json)
              --by partner        na het totaal één rapport per partner
              --format F          text (standaard) | markdown | json
              --lang L            nl (standaard) | en
              --output FILE       schrijf naar FILE in plaats van standaarduitvoer (volledig of helemaal niet)
              --analysis          voeg de analyse toe (toetsen, betrouwbaarheidsintervallen, Cronbachs α)
              --min-group N       onderdruk groepsrapporten met minder dan N deelnemers (10 aanbevolen)
              --generate N        rapport van een gegenereerd cohort van N deelnemers (--seed S)
              validate --input FILE   alleen valideren: elke fout en waarschuwing met haar JSON-pad

            Afsluitcodes: 0 gelukt; 2 ongeldige invoer of argumenten; 1 onverwachte fout.
            """,
            """
            Usage: DurableEmployability.ReportConsole [validate] [options]

              --input FILE        a dataset (JSON); "-" reads standard input. Without: the built-in phase I reconstruction
              --segment S         company | self-employed (without: both in text/markdown, company in json)
              --by partner        one report per partner after the overall report
              --format F          text (default) | markdown | json
              --lang L            nl (default) | en
              --output FILE       write to FILE instead of standard output (completely or not at all)
              --analysis          add the analysis (tests, confidence intervals, Cronbach's α)
              --min-group N       suppress group reports with fewer than N participants (10 recommended)
              --generate N        report of a generated cohort of N participants (--seed S)
              validate --input FILE   only validate: every error and warning with its JSON path

            Exit codes: 0 success; 2 invalid input or arguments; 1 unexpected failure.
            """);
    }
}
