using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;
using DurableEmployability.Validation;

namespace DurableEmployability.Serialization;

/// <summary>
/// The streaming state machine of the dataset reader: a <see cref="Utf8JsonReader"/> over a buffer refilled from the
/// stream, reading the root object property by property and the <c>partners</c> and <c>participants</c> arrays element
/// by element. It holds at most one element's text (plus the buffer) in memory.
/// </summary>
internal sealed class DatasetParser : IDisposable
{
    private const int RootFormat = 0, RootVersion = 1, RootPartners = 2, RootParticipants = 3, RootExtensions = 4;
    private readonly Stream stream;
    private readonly DatasetReaderOptions options;
    private readonly ProblemSink problems;
    private readonly DatasetElementReader element;
    private readonly List<Partner> partners = [];
    private readonly Dictionary<string, int> partnerCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly ParticipantValidation validation;
    private Dictionary<string, List<int>>? pendingPartners;
    private CompactParticipantReader? compact;
    private int blockSize;
    private byte[] buffer;
    private int start;
    private int end;
    private bool final;
    private JsonReaderState state;
    private Mode mode;
    private int rootSeen;
    private int partnerIndex;
    private int participantIndex;
    private bool partnersComplete;
    private bool participantsStarted;
    private bool partnersUnusable;
    private long lines;
    private long consumed;
    private long lineStart;
    private long scanFailure;

    internal DatasetParser(Stream stream, DatasetReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(stream));
        }

        this.stream = stream;
        this.options = options ?? DatasetReaderOptions.Default;
        problems = new ProblemSink(this.options.MaxProblems);
        element = new DatasetElementReader(problems, this.options);
        validation = new ParticipantValidation(problems);
        buffer = ArrayPool<byte>.Shared.Rent(this.options.BufferSize);
        state = new JsonReaderState(new JsonReaderOptions
        {
            MaxDepth = this.options.MaxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
    }

    internal enum Step
    {
        Participant = 1,
        NeedMore = 2,
        Finished = 3,

        /// <summary>The compact builder (<see cref="UseCompact"/>) holds a full block: aggregate it, then go on.</summary>
        BlockFull = 4,
    }

    private enum Mode
    {
        Start = 0,
        RootProperty = 1,
        Partners = 2,
        Participants = 3,
        AfterRoot = 4,
        Done = 5,
        SkipArray = 6,
    }

    internal IReadOnlyList<Partner> Partners => partners;

    internal ProblemSink Problems => problems;

    internal ExtensionData? Extensions { get; private set; }

    internal bool Completed => mode == Mode.Done && !Stopped;

    /// <summary>Gets a value indicating whether reading stopped early on a fatal problem.</summary>
    internal bool Stopped { get; private set; }

    internal int ParticipantCount => participantIndex;

    /// <summary>Gets a value indicating whether some participant's partner was checked only after it was yielded.</summary>
    internal bool HadDeferredPartners { get; private set; }

    /// <summary>Gets a value indicating whether the <c>version</c> was one this release does not read (the participants read are then not valid).</summary>
    internal bool VersionRefused { get; private set; }

    internal bool IsKnownPartner(string code) => partnerCodes.ContainsKey(code);

    /// <summary>Gets the number of participants packed by the compact fast path (<see cref="UseCompact"/>) so far.</summary>
    internal long CompactCount => compact?.Accepted ?? 0;

    /// <summary>
    /// Turns on the compact fast path: from now on, a participant that <see cref="CompactParticipantReader"/> reads as
    /// valid and warning-free is packed into <paramref name="builder"/> and not returned; any other participant is read
    /// as before (and returned when valid). <see cref="Next"/> returns <see cref="Step.BlockFull"/> whenever the
    /// builder holds <paramref name="block"/> participants after a fast one.
    /// </summary>
    internal void UseCompact(CompactBatchBuilder builder, int block)
    {
        compact = new CompactParticipantReader(ids, partnerCodes, builder, options);
        blockSize = block;
    }

    /// <summary>Makes the compact fast path pack into another builder (after <see cref="UseCompact"/>).</summary>
    internal void SetCompactBuilder(CompactBatchBuilder builder) => compact!.Builder = builder;

    public void Dispose()
    {
        byte[] b = buffer;
        buffer = [];
        if (b.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(b);
        }

        mode = Mode.Done;
    }

    /// <summary>Makes progress: returns a valid participant, asks for more data, or reports the end.</summary>
    internal Step Next(out Participant? participant)
    {
        participant = null;
        if (mode == Mode.Done)
        {
            return Step.Finished;
        }

        if (mode == Mode.Start && start == 0 && !CheckEncoding(out bool needMore))
        {
            return needMore ? Step.NeedMore : Step.Finished;
        }

        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
        Utf8JsonReader committed = reader;
        element.SetBuffer(buffer, start);
        Step result;
        try
        {
            result = Run(ref reader, ref committed, out participant);
        }
        catch (JsonException e)
        {
            Fatal(Problem.Error(SyntaxPath(), ProblemCodes.JsonSyntax, null, JsonText.SyntaxDetail(e)) with
            {
                Line = (e.LineNumber ?? 0) + 1,
                Column = (e.BytePositionInLine ?? 0) + 1,
            });
            return Step.Finished;
        }
        catch (InvalidOperationException e) when (e.InnerException is System.Text.DecoderFallbackException)
        {
            Fatal(Problem.Error(SyntaxPath(), ProblemCodes.JsonEncoding, null, ProblemMessages.InvalidUtf8));
            return Step.Finished;
        }

        if (mode != Mode.Done)
        {
            int advanced = checked((int)committed.BytesConsumed);
            CountLines(buffer.AsSpan(start, advanced));
            start += advanced;
            state = committed.CurrentState;
        }

        if (result == Step.NeedMore && final)
        {
            if (mode == Mode.AfterRoot)
            {
                mode = Mode.Done;
                return Step.Finished;
            }

            Fatal(Problem.Error(SyntaxPath(), ProblemCodes.JsonIncomplete, null));
            return Step.Finished;
        }

        return result;
    }

    /// <summary>Reads more of the stream into the buffer (compacting or growing it first).</summary>
    internal void Refill() => ReadInto(PrepareRefill());

    /// <summary>Reads more of the stream into the buffer (compacting or growing it first).</summary>
    internal async ValueTask RefillAsync(CancellationToken cancellationToken)
    {
        int free = PrepareRefill();
        if (free <= 0)
        {
            return;
        }

        int n = await stream.ReadAsync(buffer.AsMemory(end, free), cancellationToken).ConfigureAwait(false);
        Advance(n);
    }

    private void ReadInto(int free)
    {
        if (free <= 0)
        {
            return;
        }

        int n = stream.Read(buffer, end, free);
        Advance(n);
    }

    private void Advance(int n)
    {
        if (n == 0)
        {
            final = true;
        }
        else
        {
            end += n;
        }
    }

    /// <summary>Moves the unread bytes to the front and grows the buffer when it is full; returns the free space.</summary>
    private int PrepareRefill()
    {
        if (mode == Mode.Done)
        {
            return 0;
        }

        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= options.MaxValueBytes)
            {
                Fatal(Problem.Error(SyntaxPath(), ProblemCodes.JsonValueTooLarge, null, options.MaxValueBytes.ToString(CultureInfo.InvariantCulture)));
                return 0;
            }

            int size = (int)Math.Min((long)buffer.Length * 2, options.MaxValueBytes);
            byte[] larger = ArrayPool<byte>.Shared.Rent(size);
            Buffer.BlockCopy(buffer, 0, larger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        return buffer.Length - end;
    }

    private bool CheckEncoding(out bool needMore)
    {
        needMore = false;
        int n = end - start;
        if (n < 4 && !final)
        {
            needMore = true;
            return false;
        }

        ReadOnlySpan<byte> head = buffer.AsSpan(start, n);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start += 3;
            return true;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || (n >= 2 && (head[0] == 0 || head[1] == 0)))
        {
            Fatal(Problem.Error("$", ProblemCodes.JsonEncoding, null, ProblemMessages.Utf16Text) with { Line = 1, Column = 1 });
            return false;
        }

        return true;
    }

    /// <summary>Counts the line ends in bytes that are about to be consumed, so that any later position has a line and column.</summary>
    private void CountLines(ReadOnlySpan<byte> bytes)
    {
        int last = bytes.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            lines += bytes.Count((byte)'\n');
            lineStart = consumed + last + 1;
        }

        consumed += bytes.Length;
    }

    /// <summary>Returns a problem with the 1-based line and column (UTF-8 bytes) of a position in the unconsumed part of the buffer.</summary>
    private Problem At(Problem problem, long position)
    {
        ReadOnlySpan<byte> before = buffer.AsSpan(start, (int)Math.Min(position, end - start));
        int last = before.LastIndexOf((byte)'\n');
        long line = lines + (last >= 0 ? before.Count((byte)'\n') : 0);
        long column = last >= 0 ? before.Length - last : consumed + before.Length - lineStart + 1;
        return problem with { Line = line + 1, Column = column };
    }

    private void Fatal(Problem problem)
    {
        problems.Add(problem);
        Stopped = true;
        mode = Mode.Done;
    }

    private string SyntaxPath() => mode switch
    {
        Mode.Partners => JsonPathStack.Index("partners", partnerIndex),
        Mode.Participants => JsonPathStack.Index("participants", participantIndex),
        _ => "$",
    };

    private Step Run(ref Utf8JsonReader reader, ref Utf8JsonReader committed, out Participant? participant)
    {
        participant = null;
        while (true)
        {
            switch (mode)
            {
                case Mode.Start:
                    if (!reader.Read())
                    {
                        return Step.NeedMore;
                    }

                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        Fatal(Problem.Error("$", ProblemCodes.JsonType, DatasetElementReader.Raw(ref reader), "object"));
                        return Step.Finished;
                    }

                    mode = Mode.RootProperty;
                    committed = reader;
                    break;

                case Mode.RootProperty:
                    if (!RootProperty(ref reader))
                    {
                        return mode == Mode.Done ? Step.Finished : Step.NeedMore;
                    }

                    committed = reader;
                    break;

                case Mode.Partners:
                case Mode.Participants:
                case Mode.SkipArray:
                    {
                        Utf8JsonReader probe = reader;
                        if (!probe.Read())
                        {
                            return Step.NeedMore;
                        }

                        if (probe.TokenType == JsonTokenType.EndArray)
                        {
                            reader = probe;
                            committed = reader;
                            if (mode == Mode.Partners)
                            {
                                PartnersDone();
                            }

                            mode = Mode.RootProperty;
                            break;
                        }

                        bool participants = mode == Mode.Participants;
                        if (participants && compact is not null && partnersComplete && !partnersUnusable)
                        {
                            // One pass for the common participant; on anything unusual (also the buffer's end) it is read below.
                            Utf8JsonReader fast = probe;
                            if (compact.TryRead(ref fast, participantIndex))
                            {
                                participantIndex++;
                                reader = fast;
                                committed = reader;
                                if (compact.Builder.Count >= blockSize)
                                {
                                    return Step.BlockFull;
                                }

                                break;
                            }
                        }

                        Scan scan = ScanValue(ref probe, participants, out Segment? segment);
                        if (scan == Scan.Incomplete)
                        {
                            return Step.NeedMore;
                        }

                        if (scan != Scan.Complete)
                        {
                            ScanFailed(scan, SyntaxPath());
                            return Step.Finished;
                        }

                        reader.Read();
                        if (mode == Mode.SkipArray)
                        {
                            _ = reader.TrySkip();
                            committed = reader;
                            break;
                        }

                        if (participants)
                        {
                            participant = Participant(ref reader, segment);
                            committed = reader;
                            if (participant is not null)
                            {
                                return Step.Participant;
                            }
                        }
                        else
                        {
                            Partner(ref reader);
                            committed = reader;
                        }

                        break;
                    }

                case Mode.AfterRoot:
                    if (!reader.Read())
                    {
                        return Step.NeedMore;
                    }

                    // Unreachable for well-formed input: the reader throws on content after the root value.
                    Fatal(Problem.Error("$", ProblemCodes.JsonSyntax, DatasetElementReader.Raw(ref reader), "content after the root object"));
                    return Step.Finished;

                default:
                    return Step.Finished;
            }
        }
    }

    /// <summary>Handles one root property (or the root's end); returns false when more data is needed or reading stopped.</summary>
    private bool RootProperty(ref Utf8JsonReader reader)
    {
        Utf8JsonReader probe = reader;
        if (!probe.Read())
        {
            return false;
        }

        if (probe.TokenType == JsonTokenType.EndObject)
        {
            reader = probe;
            RootDone();
            mode = Mode.AfterRoot;
            return true;
        }

        if (!IsUtf8(ref probe))
        {
            ScanFailed(Scan.InvalidUtf8, "$");
            return false;
        }

        int index = DatasetElementReader.RootNames.Find(ref probe);
        bool duplicate = index >= 0 && (rootSeen & (1 << index)) != 0;
        if (!probe.Read())
        {
            return false;
        }

        if (index is RootPartners or RootParticipants && !duplicate)
        {
            if (probe.TokenType == JsonTokenType.StartArray)
            {
                rootSeen |= 1 << index;
                reader = probe;
                mode = index == RootPartners ? Mode.Partners : Mode.Participants;
                participantsStarted |= index == RootParticipants;
                return true;
            }

            if (probe.TokenType == JsonTokenType.Null)
            {
                rootSeen |= 1 << index;
                reader = probe;
                problems.Error(DatasetElementReader.RootNames[index], ProblemCodes.Required, "null");
                if (index == RootPartners)
                {
                    PartnersUnusable();
                }

                return true;
            }
        }

        if (duplicate && index is RootPartners or RootParticipants && probe.TokenType == JsonTokenType.StartArray)
        {
            // A repeated array is skipped element by element (it may be of any size): one problem, and reading goes on.
            problems.Error(DatasetElementReader.RootNames[index], ProblemCodes.DuplicateProperty, DatasetElementReader.RootNames[index]);
            reader = probe;
            mode = Mode.SkipArray;
            return true;
        }

        Scan scan = ScanValue(ref probe, false, out _);
        if (scan == Scan.Incomplete)
        {
            return false;
        }

        if (scan != Scan.Complete)
        {
            ScanFailed(scan, "$");
            return false;
        }

        reader.Read();
        string name = index >= 0 ? DatasetElementReader.RootNames[index] : element.ReadRootName(ref reader);
        reader.Read();
        if (index < 0)
        {
            problems.Error(name, ProblemCodes.UnknownProperty, name, DatasetElementReader.RootNames.List);
            element.SkipRootValue(ref reader, name);
            return true;
        }

        if (duplicate)
        {
            problems.Error(name, ProblemCodes.DuplicateProperty, name);
            element.SkipRootValue(ref reader, name);
            return true;
        }

        rootSeen |= 1 << index;
        switch (index)
        {
            case RootFormat:
                element.ReadFormat(ref reader);
                break;
            case RootVersion:
                if (!element.ReadVersion(ref reader, out bool refused) && !participantsStarted && (rootSeen & (1 << RootPartners)) == 0)
                {
                    VersionRefused = refused;
                    Stopped = true;
                    mode = Mode.Done;
                    return false;
                }

                VersionRefused |= refused;
                break;
            case RootExtensions:
                Extensions = element.ReadRootExtensions(ref reader);
                break;
            default:
                // partners or participants of the wrong type
                problems.Error(name, ProblemCodes.JsonType, DatasetElementReader.Raw(ref reader), "array");
                element.SkipRootValue(ref reader, name);
                if (index == RootPartners)
                {
                    PartnersUnusable();
                }

                break;
        }

        return true;
    }

    private enum Scan
    {
        Complete = 1,
        Incomplete = 2,
        TooDeep = 3,
        InvalidUtf8 = 4,
    }

    /// <summary>Ends reading on a value nested too deep or holding bytes that are not UTF-8, at the position found by the scan.</summary>
    private void ScanFailed(Scan scan, string at) => Fatal(At(
        scan == Scan.TooDeep
            ? Problem.Error(at, ProblemCodes.JsonMaxDepth, null, options.MaxDepth.ToString(CultureInfo.InvariantCulture))
            : Problem.Error(at, ProblemCodes.JsonEncoding, null, ProblemMessages.InvalidUtf8),
        scanFailure));

    /// <summary>Checks that a string or property name is UTF-8 (System.Text.Json checks it only when the text is decoded).</summary>
    private bool IsUtf8(ref Utf8JsonReader probe)
    {
        if (System.Text.Unicode.Utf8.IsValid(probe.ValueSpan))
        {
            return true;
        }

        scanFailure = probe.TokenStartIndex;
        return false;
    }

    /// <summary>
    /// Checks that the value starting at the probe's current token is wholly in the buffer and not nested too deep;
    /// for a participant, also finds its <c>segment</c> ahead of reading it.
    /// </summary>
    private Scan ScanValue(ref Utf8JsonReader probe, bool findSegment, out Segment? segment)
    {
        segment = null;
        bool segmentSeen = false;
        if (probe.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return probe.TokenType != JsonTokenType.String || IsUtf8(ref probe) ? Scan.Complete : Scan.InvalidUtf8;
        }

        if (probe.CurrentDepth + 1 > options.MaxDepth)
        {
            scanFailure = probe.TokenStartIndex;
            return Scan.TooDeep;
        }

        int depth = probe.CurrentDepth;
        while (true)
        {
            if (!probe.Read())
            {
                return Scan.Incomplete;
            }

            switch (probe.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    if (probe.CurrentDepth + 1 > options.MaxDepth)
                    {
                        scanFailure = probe.TokenStartIndex;
                        return Scan.TooDeep;
                    }

                    break;
                case JsonTokenType.String:
                    if (!IsUtf8(ref probe))
                    {
                        return Scan.InvalidUtf8;
                    }

                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (probe.CurrentDepth == depth)
                    {
                        return Scan.Complete;
                    }

                    break;
                case JsonTokenType.PropertyName:
                    if (!IsUtf8(ref probe))
                    {
                        return Scan.InvalidUtf8;
                    }

                    if (findSegment && !segmentSeen && probe.CurrentDepth == depth + 1 && JsonText.ValueEquals(ref probe, "segment"u8))
                    {
                        // The first "segment" is the one read (a repeated one is a duplicate-property error).
                        segmentSeen = true;
                        if (!probe.Read())
                        {
                            return Scan.Incomplete;
                        }

                        if (probe.TokenType == JsonTokenType.String)
                        {
                            if (!IsUtf8(ref probe))
                            {
                                return Scan.InvalidUtf8;
                            }

                            int s = DatasetCodes.Segments.Find(ref probe);
                            segment = s < 0 ? null : DatasetCodes.Segments.List[s].Segment;
                        }
                        else if (probe.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            if (probe.CurrentDepth + 1 > options.MaxDepth)
                            {
                                scanFailure = probe.TokenStartIndex;
                                return Scan.TooDeep;
                            }
                        }
                    }

                    break;
            }
        }
    }

    private void Partner(ref Utf8JsonReader reader)
    {
        int index = partnerIndex;
        long before = problems.ErrorCount;
        Partner? partner = element.ReadPartner(ref reader, index, out string? code);
        partnerIndex++;
        string at = JsonPathStack.Index("partners", index);
        if (code is not null && !partnerCodes.TryAdd(code, index) && code.Length > 0)
        {
            problems.Error(JsonPathStack.Child(at, "code"), ProblemCodes.PartnerDuplicate, DatasetElementReader.Quote(code), JsonPathStack.Index("partners", partnerCodes[code]));
        }

        if (partner is not null)
        {
            validation.Partner(partner, at);
        }

        if (partner is not null && problems.ErrorCount == before)
        {
            partners.Add(partner);
        }
    }

    private Participant? Participant(ref Utf8JsonReader reader, Segment? segment)
    {
        int index = participantIndex;
        long before = problems.ErrorCount;
        Participant? participant = element.ReadParticipant(ref reader, index, segment, out string? id, out string? partner);
        participantIndex++;
        string at = JsonPathStack.Index("participants", index);
        if (id is not null && !ids.TryAdd(id, index))
        {
            problems.Error(JsonPathStack.Child(at, "id"), ProblemCodes.IdDuplicate, DatasetElementReader.Quote(id), JsonPathStack.Index("participants", ids[id]));
        }

        if (partner is not null && !partnersUnusable)
        {
            if (partnersComplete)
            {
                if (!partnerCodes.ContainsKey(partner))
                {
                    problems.Error(JsonPathStack.Child(at, "partner"), ProblemCodes.UnknownPartner, DatasetElementReader.Quote(partner));
                }
            }
            else
            {
                pendingPartners ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
                if (!pendingPartners.TryGetValue(partner, out List<int>? list))
                {
                    pendingPartners[partner] = list = [];
                }

                if (list.Count <= options.MaxProblems)
                {
                    list.Add(index);
                }
            }
        }

        if (participant is not null)
        {
            validation.Participant(participant, at);
        }

        if (problems.ErrorCount != before)
        {
            return null;
        }

        if (!partnersComplete)
        {
            HadDeferredPartners = true;
        }

        return participant;
    }

    private void PartnersDone()
    {
        partnersComplete = true;
        if (pendingPartners is null)
        {
            return;
        }

        foreach (KeyValuePair<string, List<int>> pending in pendingPartners)
        {
            if (!partnerCodes.ContainsKey(pending.Key))
            {
                foreach (int index in pending.Value)
                {
                    problems.Error(JsonPathStack.Child(JsonPathStack.Index("participants", index), "partner"), ProblemCodes.UnknownPartner, DatasetElementReader.Quote(pending.Key));
                }
            }
        }

        pendingPartners = null;
    }

    /// <summary>The <c>partners</c> value is <c>null</c> or not an array (reported once): no participant's partner is checked.</summary>
    private void PartnersUnusable()
    {
        partnersUnusable = true;
        HadDeferredPartners = true;
        pendingPartners = null;
        partnersComplete = true;
    }

    private void RootDone()
    {
        for (int i = RootFormat; i <= RootParticipants; i++)
        {
            if ((rootSeen & (1 << i)) == 0)
            {
                problems.Error(DatasetElementReader.RootNames[i], ProblemCodes.Required, null);
            }
        }

        if (!partnersComplete)
        {
            // No partners array: every participant's partner is unknown, but one "required" problem says it all.
            PartnersUnusable();
        }
    }
}
