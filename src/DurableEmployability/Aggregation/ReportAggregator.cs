using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Aggregation;

/// <summary>Aggregates participants into reports, sequentially or in parallel on all cores; both give identical results.</summary>
/// <remarks>
/// <para>
/// The parallel methods give each worker its own accumulator and merge them at the end; because merging is
/// associative and commutative over integer counts, the report equals the sequential one exactly. Input is
/// enumerated once. Progress, when requested, reports the number of participants processed so far (not
/// necessarily in steps of one). All members are thread-safe as long as the input is not changed meanwhile.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// Report report = ReportAggregator.AggregateParallel(participants, new ReportOptions(Segment.Company)).ToReport();
/// BreakdownReport byPartner = ReportAggregator.AggregateParallel(
///     participants, () => GroupedReportAccumulator.ByPartner(new ReportOptions(Segment.Company), dataset.Partners)).ToReport();
/// </code>
/// </example>
public static class ReportAggregator
{
    private const int BatchSize = 1024;
    private const int ProgressStep = 16_384;
    private const int MinPerWorker = 8_192;

    /// <summary>Aggregates participants sequentially.</summary>
    /// <param name="participants">The participants.</param>
    /// <param name="options">What to aggregate.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument or a participant is <see langword="null"/>.</exception>
    public static Report Aggregate(IEnumerable<Participant> participants, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var accumulator = new ReportAccumulator(options);
        accumulator.AddRange(participants);
        return accumulator.ToReport();
    }

    /// <summary>Aggregates a list of participants in parallel.</summary>
    /// <param name="participants">The participants.</param>
    /// <param name="options">What to aggregate.</param>
    /// <param name="progress">Receives the number of participants processed so far; optional.</param>
    /// <param name="cancellationToken">Cancels the aggregation.</param>
    /// <returns>The merged accumulator.</returns>
    /// <exception cref="ArgumentNullException">An argument or a participant is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ReportAccumulator AggregateParallel(IReadOnlyList<Participant> participants, ReportOptions options, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return AggregateParallel(participants, () => new ReportAccumulator(options), static (a, p) => a.Add(p), static (a, b) => a.Merge(b), progress, cancellationToken);
    }

    /// <summary>Aggregates a list of participants in parallel into grouped accumulators made by a factory.</summary>
    /// <param name="participants">The participants.</param>
    /// <param name="create">Creates an empty grouped accumulator; every call must give equal options and grouping.</param>
    /// <param name="progress">Receives the number of participants processed so far; optional.</param>
    /// <param name="cancellationToken">Cancels the aggregation.</param>
    /// <returns>The merged accumulator.</returns>
    /// <exception cref="ArgumentNullException">An argument or a participant is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GroupedReportAccumulator AggregateParallel(IReadOnlyList<Participant> participants, Func<GroupedReportAccumulator> create, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(create);
        return AggregateParallel(participants, create, static (a, p) => a.Add(p), static (a, b) => a.Merge(b), progress, cancellationToken);
    }

    /// <summary>Aggregates a sequence of participants in parallel, reading it once in batches.</summary>
    /// <param name="participants">The participants.</param>
    /// <param name="options">What to aggregate.</param>
    /// <param name="progress">Receives the number of participants processed so far; optional.</param>
    /// <param name="cancellationToken">Cancels the aggregation.</param>
    /// <returns>The merged accumulator.</returns>
    /// <exception cref="ArgumentNullException">An argument or a participant is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ReportAccumulator AggregateParallel(IEnumerable<Participant> participants, ReportOptions options, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return AggregateBatches(participants, () => new ReportAccumulator(options), static (a, p) => a.Add(p), static (a, b) => a.Merge(b), progress, cancellationToken);
    }

    /// <summary>Aggregates a sequence of participants in parallel into grouped accumulators, reading it once in batches.</summary>
    /// <param name="participants">The participants.</param>
    /// <param name="create">Creates an empty grouped accumulator; every call must give equal options and grouping.</param>
    /// <param name="progress">Receives the number of participants processed so far; optional.</param>
    /// <param name="cancellationToken">Cancels the aggregation.</param>
    /// <returns>The merged accumulator.</returns>
    /// <exception cref="ArgumentNullException">An argument or a participant is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GroupedReportAccumulator AggregateParallel(IEnumerable<Participant> participants, Func<GroupedReportAccumulator> create, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(create);
        return AggregateBatches(participants, create, static (a, p) => a.Add(p), static (a, b) => a.Merge(b), progress, cancellationToken);
    }

    private static TAccumulator AggregateParallel<TAccumulator>(
        IReadOnlyList<Participant> participants,
        Func<TAccumulator> create,
        Action<TAccumulator, ReadOnlySpan<Participant>> add,
        Action<TAccumulator, TAccumulator> merge,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
        where TAccumulator : class
    {
        ArgumentNullException.ThrowIfNull(participants);
        Participant[] array = participants as Participant[] ?? [.. participants];

        // One contiguous slice and one accumulator per core, merged in slice order at the end: a fixed number of
        // accumulators (and so of histograms) whatever the cohort size, and no sharing between cores while counting.
        int workers = (int)Math.Clamp(((long)array.Length + MinPerWorker - 1) / MinPerWorker, 1, Environment.ProcessorCount);
        var locals = new TAccumulator[workers];
        long processed = 0;
        Parallel.For(
            0,
            workers,
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
            w =>
            {
                int start = (int)((long)array.Length * w / workers);
                int end = (int)((long)array.Length * (w + 1) / workers);
                TAccumulator local = create();
                for (int from = start; from < end; from += ProgressStep)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int length = Math.Min(ProgressStep, end - from);
                    add(local, array.AsSpan(from, length));
                    Advance(progress, ref processed, length);
                }

                locals[w] = local;
            });

        TAccumulator result = locals[0];
        for (int w = 1; w < workers; w++)
        {
            merge(result, locals[w]);
        }

        return result;
    }

    private static TAccumulator AggregateBatches<TAccumulator>(
        IEnumerable<Participant> participants,
        Func<TAccumulator> create,
        Action<TAccumulator, ReadOnlySpan<Participant>> add,
        Action<TAccumulator, TAccumulator> merge,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
        where TAccumulator : class
    {
        ArgumentNullException.ThrowIfNull(participants);
        if (participants is IReadOnlyList<Participant> list)
        {
            return AggregateParallel(list, create, add, merge, progress, cancellationToken);
        }

        TAccumulator result = create();
        var gate = new object();
        long processed = 0;
        Parallel.ForEach(
            Batches(participants),
            new ParallelOptions { CancellationToken = cancellationToken },
            create,
            (batch, _, local) =>
            {
                add(local, batch.Span);
                Advance(progress, ref processed, batch.Length);
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    merge(result, local);
                }
            });
        return result;
    }

    private static void Advance(IProgress<long>? progress, ref long processed, int count)
    {
        long total = Interlocked.Add(ref processed, count);
        progress?.Report(total);
    }

    private static IEnumerable<ReadOnlyMemory<Participant>> Batches(IEnumerable<Participant> participants)
    {
        var batch = new Participant[BatchSize];
        int count = 0;
        foreach (Participant participant in participants)
        {
            batch[count++] = participant;
            if (count == BatchSize)
            {
                yield return batch;
                batch = new Participant[BatchSize];
                count = 0;
            }
        }

        if (count > 0)
        {
            yield return new ReadOnlyMemory<Participant>(batch, 0, count);
        }
    }
}
