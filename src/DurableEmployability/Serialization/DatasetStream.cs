using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using DurableEmployability.Trajectories;
using DurableEmployability.Validation;

namespace DurableEmployability.Serialization;

/// <summary>
/// A dataset being read as a stream (<see cref="DatasetReader.Open"/>): enumerate <see cref="Participants"/> or
/// <see cref="ParticipantsAsync"/> once; each valid participant is yielded as soon as it is read.
/// </summary>
/// <remarks>
/// <para>
/// A participant with an error is not yielded; its problems are in <see cref="Problems"/> (never a silent drop).
/// Participants with warnings only are yielded. <see cref="Partners"/> holds the valid partners read so far: all of
/// them once the <c>partners</c> array has been read, which is before the first participant when the document lists
/// partners first (as the writer does). When partners come after participants, a participant's partner can only be
/// checked at the end: such participants are yielded, and an unknown partner is reported in <see cref="Problems"/>
/// afterwards (so <see cref="Success"/> becomes <see langword="false"/>).
/// </para>
/// <para>
/// <see cref="Problems"/>, <see cref="Success"/> and <see cref="Extensions"/> are final once enumeration has ended
/// (<see cref="IsCompleted"/>). Not thread-safe: enumerate from one thread. Disposing returns the buffer; the
/// underlying stream is not closed.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using DatasetStream dataset = DatasetReader.Open(Console.OpenStandardInput());
/// var accumulator = new ReportAccumulator(Segment.Company);
/// foreach (Participant participant in dataset.Participants())
///     accumulator.Add(participant);
/// if (!dataset.Success)
///     foreach (Problem problem in dataset.Problems) Console.Error.WriteLine(problem);
/// </code>
/// </example>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A stream of dataset records, named in the public contract; not a System.IO.Stream.")]
public sealed class DatasetStream : IDisposable, IAsyncDisposable
{
    private readonly DatasetParser parser;
    private bool started;
    private bool disposed;

    internal DatasetStream(DatasetParser parser) => this.parser = parser;

    /// <summary>Gets the valid partners read so far, in document order.</summary>
    public IReadOnlyList<Partner> Partners => parser.Partners;

    /// <summary>Gets the problems found so far, errors and warnings, in the order found.</summary>
    public IReadOnlyList<Problem> Problems => parser.Problems.Problems;

    /// <summary>Gets a value indicating whether the whole document has been read without error (warnings allowed).</summary>
    public bool Success => parser.Completed && parser.Problems.ErrorCount == 0;

    /// <summary>Gets a value indicating whether reading has ended: the document was read to its end, or a fatal problem stopped it.</summary>
    public bool IsCompleted => parser.Completed || parser.Stopped;

    /// <summary>Gets a value indicating whether more problems were found than <see cref="DatasetReaderOptions.MaxProblems"/>.</summary>
    public bool LimitReached => parser.Problems.LimitReached;

    /// <summary>Gets the number of errors found so far, including those beyond the limit.</summary>
    public long ErrorCount => parser.Problems.ErrorCount;

    /// <summary>Gets the number of warnings found so far, including those beyond the limit.</summary>
    public long WarningCount => parser.Problems.WarningCount;

    /// <summary>Gets the root <c>extensions</c> object, once read, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions => parser.Extensions;

    /// <summary>Enumerates the valid participants as they are read, reading the document to its end.</summary>
    /// <returns>The participants, in document order; enumerate once.</returns>
    /// <exception cref="InvalidOperationException">The participants are already being or have been enumerated.</exception>
    /// <exception cref="ObjectDisposedException">The reader has been disposed.</exception>
    /// <exception cref="System.IO.IOException">The stream fails to read.</exception>
    public IEnumerable<Participant> Participants()
    {
        Start();
        return Iterate();
    }

    /// <summary>Enumerates the valid participants asynchronously as they are read, reading the document to its end.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The participants, in document order; enumerate once.</returns>
    /// <exception cref="InvalidOperationException">The participants are already being or have been enumerated.</exception>
    /// <exception cref="ObjectDisposedException">The reader has been disposed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="System.IO.IOException">The stream fails to read.</exception>
    public IAsyncEnumerable<Participant> ParticipantsAsync(CancellationToken cancellationToken = default)
    {
        Start();
        return IterateAsync(cancellationToken);
    }

    /// <summary>Returns the read buffer; the underlying stream is not closed.</summary>
    public void Dispose()
    {
        disposed = true;
        parser.Dispose();
    }

    /// <summary>Returns the read buffer; the underlying stream is not closed.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Start()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (started)
        {
            throw new InvalidOperationException("The participants of a DatasetStream can be enumerated only once.");
        }

        started = true;
    }

    private IEnumerable<Participant> Iterate()
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            switch (parser.Next(out Participant? participant))
            {
                case DatasetParser.Step.Participant:
                    yield return participant!;
                    break;
                case DatasetParser.Step.NeedMore:
                    parser.Refill();
                    break;
                default:
                    yield break;
            }
        }
    }

    private async IAsyncEnumerable<Participant> IterateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            switch (parser.Next(out Participant? participant))
            {
                case DatasetParser.Step.Participant:
                    yield return participant!;
                    break;
                case DatasetParser.Step.NeedMore:
                    cancellationToken.ThrowIfCancellationRequested();
                    await parser.RefillAsync(cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    yield break;
            }
        }
    }
}
