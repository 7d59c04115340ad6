using System;
using System.Collections.Generic;
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
        for (int i = args.Length - 1; i >= 0; i--)
        {
            if (args[i] == "--lang")
            {
                return i + 1 < args.Length && Languages.TryParse(args[i + 1], out Language language) ? language : Language.Dutch;
            }

            if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                return Languages.TryParse(args[i]["--lang=".Length..], out Language language) ? language : Language.Dutch;
            }
        }

        return Language.Dutch;
    }

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="options">The options, when the arguments are valid.</param>
    /// <param name="error">A one-line message, when they are not.</param>
    /// <returns>Whether the arguments are valid.</returns>
    /// <remarks>
    /// <c>validate</c> is a command word (anywhere on the line); <c>--name value</c> and <c>--name=value</c> are both
    /// accepted; an option given twice, a value that is itself an option and an option that has no effect with the
    /// others (see docs/console.md) are errors.
    /// </remarks>
    public static bool TryParse(string[] args, out ConsoleOptions options, out string error)
    {
        ArgumentNullException.ThrowIfNull(args);
        DisplayFormat f = DisplayFormat.For(PeekLanguage(args));
        options = new ConsoleOptions();
        error = string.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool validate = false;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "--help" or "-h" or "-?" or "help")
            {
                options = options with { Command = ConsoleCommand.Help };
                return true;
            }

            if (name is "validate")
            {
                if (validate)
                {
                    error = f.Say("'validate' staat er twee keer", "'validate' is given twice");
                    return false;
                }

                validate = true;
                continue;
            }

            string? inlineValue = null;
            int equals = name.IndexOf('=', StringComparison.Ordinal);
            if (name.StartsWith("--", StringComparison.Ordinal) && equals > 2)
            {
                inlineValue = name[(equals + 1)..];
                name = name[..equals];
            }

            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length == 2)
            {
                error = f.Say($"onbekend argument '{name}'", $"unknown argument '{name}'");
                return false;
            }

            if (name is not ("--input" or "--segment" or "--by" or "--format" or "--lang" or "--output" or "--analysis" or "--min-group" or "--generate" or "--seed"))
            {
                error = f.Say($"onbekende optie '{name}'", $"unknown option '{name}'");
                return false;
            }

            if (!seen.Add(name))
            {
                error = f.Say($"optie '{name}' staat er twee keer", $"option '{name}' is given twice");
                return false;
            }

            if (name is "--analysis")
            {
                if (inlineValue is not null)
                {
                    error = f.Say($"optie '{name}' heeft geen waarde", $"option '{name}' takes no value");
                    return false;
                }

                options = options with { Analysis = true };
                continue;
            }

            string value;
            if (inlineValue is not null)
            {
                value = inlineValue;
            }
            else if (i + 1 < args.Length && !(args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
            {
                value = args[++i];
            }
            else
            {
                error = f.Say($"optie '{name}' heeft een waarde nodig", $"option '{name}' needs a value");
                return false;
            }

            string? problem = null;
            switch (name)
            {
                case "--input":
                    problem = value.Length == 0 ? f.Say("verwacht een bestandsnaam of -", "expected a file name or -") : null;
                    options = options with { Input = value };
                    break;
                case "--output":
                    problem = value.Length == 0 ? f.Say("verwacht een bestandsnaam", "expected a file name") : null;
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

        if (validate)
        {
            options = options with { Command = ConsoleCommand.Validate };
            if (options.Input is null)
            {
                error = f.Say("validate heeft --input FILE nodig", "validate needs --input FILE");
                return false;
            }

            foreach (string reportOnly in (string[])["--generate", "--seed", "--segment", "--by", "--format", "--output", "--analysis", "--min-group"])
            {
                if (seen.Contains(reportOnly))
                {
                    error = f.Say($"validate gaat niet samen met {reportOnly}", $"validate cannot be combined with {reportOnly}");
                    return false;
                }
            }
        }

        if (options.Input is not null && options.Generate is not null)
        {
            error = f.Say("--input en --generate gaan niet samen", "--input and --generate cannot be combined");
            return false;
        }

        if (seen.Contains("--seed") && options.Generate is null)
        {
            error = f.Say("--seed hoort bij --generate", "--seed needs --generate");
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
