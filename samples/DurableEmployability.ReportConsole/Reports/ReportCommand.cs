using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Generation;
using DurableEmployability.Reference;
using DurableEmployability.ReportConsole.CommandLine;
using DurableEmployability.ReportConsole.Document;
using DurableEmployability.ReportConsole.Rendering;
using DurableEmployability.Serialization;
using DurableEmployability.Trajectories;
using DurableEmployability.Validation;
using Spectre.Console;

namespace DurableEmployability.ReportConsole.Reports;

/// <summary>Aggregates the dataset and prints the reports in the format asked for.</summary>
internal sealed class ReportCommand
{
    private const int OutputWidth = 110;
    private const int GenerateBatch = 262_144;
    private const double ConfidenceLevel = 0.95;

    /// <summary>Every problem is listed (console.md: "print every error and warning"), not only the reader's default 100.</summary>
    private static readonly DatasetReaderOptions ReaderOptions = DatasetReaderOptions.Default with { MaxProblems = int.MaxValue };
    private readonly ConsoleOptions options;
    private readonly DisplayFormat f;

    /// <summary>Initializes a new instance of the <see cref="ReportCommand"/> class.</summary>
    /// <param name="options">The options.</param>
    public ReportCommand(ConsoleOptions options)
    {
        this.options = options;
        f = DisplayFormat.For(options.Language);
    }

    /// <summary>Runs the command.</summary>
    /// <returns>The exit code.</returns>
    /// <exception cref="UserErrorException">The input cannot be read or the output cannot be written.</exception>
    public int Run()
    {
        if (options.Command == ConsoleCommand.Validate)
        {
            return Validate(options.Input!);
        }

        Segment[] segments = options.Segment is { } segment ? [segment]
            : options.Format == OutputFormat.Json ? [Segment.Company]
            : [Segment.Company, Segment.SelfEmployed];

        string title;
        IReadOnlyList<Partner> partners;
        SegmentAggregate[] aggregates;
        if (options.Generate is { } count)
        {
            partners = Phase1Reconstruction.Partners;
            title = f.Say(
                $"DurableEmployability — gegenereerd cohort van {f.Count(count)} deelnemers (seed {options.Seed.ToString(CultureInfo.InvariantCulture)})",
                $"DurableEmployability — generated cohort of {f.Count(count)} participants (seed {options.Seed.ToString(CultureInfo.InvariantCulture)})");
            aggregates = Generate(segments, count);
        }
        else if (options.Input is { } input)
        {
            title = $"DurableEmployability — {InputSource.Describe(input, f)}";
            if (!ReadInput(input, segments, out partners, out aggregates))
            {
                return ConsoleApplication.InvalidInput;
            }
        }
        else
        {
            Dataset dataset = Phase1Reconstruction.Dataset;
            partners = dataset.Partners;
            title = f.Say("DurableEmployability — fase I (reconstructie van de gepubliceerde tabellen)", "DurableEmployability — phase I (reconstruction of the published tables)");
            aggregates = Aggregate(segments, dataset.Partners, dataset.Participants);
        }

        var reports = aggregates.Select(a => a.ToReports(partners)).ToList();
        if (options.Segment is null && reports.Count > 1)
        {
            // Without --segment, a segment the dataset does not have at all is left out.
            reports = [.. reports.Where((r, i) => i == 0 || r.Overall.Participants + r.Overall.ExcludedIncomplete > 0)];
        }

        var names = partners.ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        switch (options.Format)
        {
            case OutputFormat.Json:
                WriteJson(reports[0]);
                break;
            case OutputFormat.Markdown:
                string markdown = new MarkdownRenderer(f).Render(Blocks(title, reports, names));
                OutputTarget.Write(options.Output, f, stream => stream.Write(new UTF8Encoding(false).GetBytes(markdown)));
                break;
            default:
                WriteText(Blocks(title, reports, names));
                break;
        }

        return 0;
    }

    private SegmentAggregate[] Aggregate(Segment[] segments, IEnumerable<Partner> partners, IEnumerable<Participant> participants)
    {
        SegmentAggregate[] aggregates = [.. segments.Select(s => new SegmentAggregate(s, options.ByPartner ? partners : null))];
        using var progress = new ProgressReporter(f);
        long read = 0;
        foreach (Participant participant in participants)
        {
            foreach (SegmentAggregate aggregate in aggregates)
            {
                aggregate.Add(participant);
            }

            if ((++read & 0x3FF) == 0)
            {
                progress.Report(read);
            }
        }

        return aggregates;
    }

    /// <summary>Reads and validates the dataset, printing every problem to standard error, and aggregates it while it streams.</summary>
    /// <returns>Whether the dataset is valid (warnings allowed); when not, nothing is to be printed on standard output.</returns>
    private bool ReadInput(string input, Segment[] segments, out IReadOnlyList<Partner> partners, out SegmentAggregate[] aggregates)
    {
        SegmentAggregate[]? created = null;
        using (Stream stream = InputSource.Open(input, f))
        using (DatasetStream dataset = DatasetReader.Open(stream, ReaderOptions))
        using (var progress = new ProgressReporter(f))
        {
            long read = 0;
            foreach (Participant participant in Participants(dataset, input))
            {
                // The partners are read before the first participant when the document lists them first; a partner met
                // later still gets its group, and the groups are put in the dataset's order at the end (ToReports).
                created ??= [.. segments.Select(s => new SegmentAggregate(s, options.ByPartner ? [.. dataset.Partners] : null))];
                foreach (SegmentAggregate aggregate in created)
                {
                    aggregate.Add(participant);
                }

                if ((++read & 0x3FF) == 0)
                {
                    progress.Report(read);
                }
            }

            progress.Dispose();
            PrintProblems(dataset.Problems);
            Partner[] listed = [.. dataset.Partners];
            partners = listed;
            aggregates = created ?? [.. segments.Select(s => new SegmentAggregate(s, options.ByPartner ? listed : null))];
            return dataset.Success;
        }
    }

    /// <summary>Only validates the dataset: every problem on standard error, a summary on standard output when it is valid.</summary>
    private int Validate(string input)
    {
        long participants = 0;
        using Stream stream = InputSource.Open(input, f);
        using DatasetStream dataset = DatasetReader.Open(stream, ReaderOptions);
        using (var progress = new ProgressReporter(f))
        {
            foreach (Participant participant in Participants(dataset, input))
            {
                if ((++participants & 0x3FF) == 0)
                {
                    progress.Report(participants);
                }
            }
        }

        PrintProblems(dataset.Problems);
        if (!dataset.Success)
        {
            return ConsoleApplication.InvalidInput;
        }

        string warnings = dataset.WarningCount == 1 ? f.Say("1 waarschuwing", "1 warning") : f.Say($"{f.Count(dataset.WarningCount)} waarschuwingen", $"{f.Count(dataset.WarningCount)} warnings");
        Console.Out.Write(f.Say(
            $"geldig: {InputSource.Describe(input, f)}: {f.Count(dataset.Partners.Count)} partners, {f.Count(participants)} deelnemers, {warnings}\n",
            $"valid: {InputSource.Describe(input, f)}: {f.Count(dataset.Partners.Count)} partners, {f.Count(participants)} participants, {warnings}\n"));
        return ConsoleApplication.Success;
    }

    /// <summary>Enumerates the valid participants, turning a failing read of the input into a one-line user error.</summary>
    private IEnumerable<Participant> Participants(DatasetStream dataset, string input)
    {
        using IEnumerator<Participant> participants = dataset.Participants().GetEnumerator();
        while (true)
        {
            try
            {
                if (!participants.MoveNext())
                {
                    yield break;
                }
            }
            catch (IOException e)
            {
                throw new UserErrorException(f.Say(
                    $"kan '{InputSource.Describe(input, f)}' niet lezen: {e.Message.ReplaceLineEndings(" ")}",
                    $"cannot read '{InputSource.Describe(input, f)}': {e.Message.ReplaceLineEndings(" ")}"), e);
            }

            yield return participants.Current;
        }
    }

    /// <summary>Prints every problem, in the order found, one line each, as the library formats it.</summary>
    private void PrintProblems(IReadOnlyList<Problem> problems)
    {
        TextWriter error = Console.Error;
        foreach (Problem problem in problems)
        {
            error.WriteLine(problem.ToString(options.Language).ReplaceLineEndings(" "));
        }

        error.Flush();
    }

    private SegmentAggregate[] Generate(Segment[] segments, long count)
    {
        CohortSegments which = segments.Length > 1 ? CohortSegments.Both
            : segments[0] == Segment.SelfEmployed ? CohortSegments.SelfEmployed : CohortSegments.Companies;
        var generator = new CohortGenerator(options.Seed, which);
        IReadOnlyList<Partner> partners = Phase1Reconstruction.Partners;
        SegmentAggregate NewSet(Segment s) => new(s, options.ByPartner ? partners : null);
        SegmentAggregate[] total = [.. segments.Select(NewSet)];
        long batches = (count + GenerateBatch - 1) / GenerateBatch;
        long done = 0;
        var gate = new object();
        using var progress = new ProgressReporter(f);
        Parallel.For(
            0L,
            batches,
            () => segments.Select(NewSet).ToArray(),
            (batch, _, local) =>
            {
                // The bulk path: the generator fills a compact batch directly (no rich records), which the library
                // aggregates to exactly the counts of the rich records (property-tested in the library).
                long start = batch * GenerateBatch;
                int size = (int)Math.Min(GenerateBatch, count - start);
                CompactBatch compact = generator.CreateCompact(size, start);
                foreach (SegmentAggregate aggregate in local)
                {
                    aggregate.Add(compact);
                }

                progress.Report(System.Threading.Interlocked.Add(ref done, size));
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (int i = 0; i < total.Length; i++)
                    {
                        total[i].Merge(local[i]);
                    }
                }
            });
        TimeSpan elapsed = progress.Elapsed;
        progress.Dispose();
        Console.Error.WriteLine(f.Say(
            $"{f.Count(count)} deelnemers gegenereerd en geaggregeerd in {f.Fixed(elapsed.TotalSeconds, 2)} s",
            $"{f.Count(count)} participants generated and aggregated in {f.Fixed(elapsed.TotalSeconds, 2)} s"));
        return total;
    }

    private List<Block> Blocks(string title, List<(Report Overall, BreakdownReport? Breakdown)> reports, Dictionary<string, string> names)
    {
        var settings = new AnalysisSettings(options.Analysis || options.UsesBuiltInDataset, ConfidenceLevel, options.MinimumGroup, options.Input is null);
        var builder = new ReportDocumentBuilder(f, settings);
        builder.AddHeading(1, title);
        if (options.UsesBuiltInDataset)
        {
            builder.AddParagraph(f.Say(
                "Eindverslag Duurzame inzetbaarheid in het mkb – fase I (MKB-Nederland, 2016). De records zijn synthetisch; alleen de totalen zijn echt.",
                "Final report Durable employability in SMEs – phase I (MKB-Nederland, 2016). The records are synthetic; only the aggregates are real."));
        }

        foreach ((Report overall, BreakdownReport? breakdown) in reports)
        {
            builder.AddReport(overall, null);
            if (breakdown is not null)
            {
                foreach (Report group in breakdown.Groups)
                {
                    builder.AddReport(group, group.Group is { } key && names.TryGetValue(key.Key, out string? name) ? name : null);
                }
            }
        }

        return [.. builder.Blocks];
    }

    private void WriteJson((Report Overall, BreakdownReport? Breakdown) report)
    {
        var jsonOptions = new ReportJsonOptions
        {
            Indented = true,
            IncludeAnalysis = options.Analysis,
            ConfidenceLevel = ConfidenceLevel,
            MinGroupSize = options.MinimumGroup,
        };
        byte[] json = report.Breakdown is { } breakdown
            ? ReportJsonWriter.ToUtf8Bytes(breakdown, jsonOptions)
            : ReportJsonWriter.ToUtf8Bytes(report.Overall, jsonOptions);
        OutputTarget.Write(options.Output, f, stream =>
        {
            stream.Write(json);
            stream.WriteByte((byte)'\n');
        });
    }

    private void WriteText(List<Block> blocks)
    {
        if (options.Output is null && !Console.IsOutputRedirected)
        {
            new TerminalRenderer(AnsiConsole.Console, f).Write(blocks);
            return;
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = OutputWidth;
        new TerminalRenderer(console, f).Write(blocks);
        string text = writer.ToString();
        OutputTarget.Write(options.Output, f, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));
    }
}
