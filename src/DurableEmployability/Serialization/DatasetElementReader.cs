using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DurableEmployability.Catalog;
using DurableEmployability.Scales;
using DurableEmployability.Trajectories;
using DurableEmployability.Typology;
using DurableEmployability.Validation;
using NodaTime;

namespace DurableEmployability.Serialization;

/// <summary>
/// Reads one value of the dataset format (a partner, a participant, a root scalar) from a reader that holds the whole
/// value, checking types, codes and strictness and reporting problems with their paths. Not thread-safe; one per read.
/// </summary>
internal sealed class DatasetElementReader
{
    internal static readonly PropertyNames RootNames = new("format", "version", "partners", "participants", "extensions");
    private static readonly PropertyNames PartnerNames = new("code", "name", "targets", "extensions");
    private static readonly PropertyNames TargetNames = new("original", "redistributed");
    private static readonly PropertyNames ParticipantNames = new("id", "partner", "segment", "registration", "monitor1", "monitor2", "monitor3", "extensions");
    private static readonly PropertyNames RegistrationNames = new("headcount", "sector", "subSector", "permanentContracts", "men", "ageGroups", "educationLevels", "extensions");
    private static readonly PropertyNames Monitor1Names = new("date", "typology", "diagnosis", "presentation", "execution", "extensions");
    private static readonly PropertyNames Monitor2Names = new("date", "note", "extensions");
    private static readonly PropertyNames Monitor3Names = new("date", "typology", "aspects", "actions", "opportunities", "obstacles", "continuation", "satisfaction", "grade", "motto", "extensions");
    private static readonly PropertyNames ActionNames = new("indicator", "followUp", "extensions");
    private static readonly PropertyNames ContinuationNames = new("continues", "form", "supportWanted");
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ProblemSink problems;
    private readonly DatasetReaderOptions options;
    private readonly JsonPathStack path = new();
    private readonly List<KeyValuePair<Statement, Rating>> ratingScratch = [];
    private readonly List<ImprovementAction> actionScratch = [];
    private readonly List<ExtensionFrame> extensionFrames = [];
    private byte[] buffer = [];
    private int bufferOffset;

    internal DatasetElementReader(ProblemSink problems, DatasetReaderOptions options)
    {
        this.problems = problems;
        this.options = options;
    }

    internal JsonPathStack Path => path;

    /// <summary>Sets the buffer the next reader reads from, so that <c>extensions</c> can be copied verbatim.</summary>
    internal void SetBuffer(byte[] data, int offset)
    {
        buffer = data;
        bufferOffset = offset;
    }

    internal static string Raw(ref Utf8JsonReader r)
    {
        const int Max = 200;
        string text = r.TokenType switch
        {
            JsonTokenType.String or JsonTokenType.PropertyName => "\"" + Utf8Lossy(r.ValueSpan, Max) + "\"",
            JsonTokenType.Number => Utf8Lossy(r.ValueSpan, Max),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => "null",
            JsonTokenType.StartObject => "{…}",
            JsonTokenType.StartArray => "[…]",
            _ => r.TokenType.ToString(),
        };
        return text;
    }

    internal static string Quote(string s) => "\"" + (s.Length > 200 ? string.Concat(s.AsSpan(0, 200), "…") : s) + "\"";

    private static string Utf8Lossy(ReadOnlySpan<byte> bytes, int max)
    {
        string s = Encoding.UTF8.GetString(bytes.Length > max * 4 ? bytes[..(max * 4)] : bytes);
        return s.Length > max ? string.Concat(s.AsSpan(0, max), "…") : s;
    }

    // ----- generic object and value handling -----

    /// <summary>
    /// Advances to the next property of the current object and onto its value, pushing its name on the path; returns its
    /// index, or -1 at the end of the object. Unknown and repeated properties are reported and skipped.
    /// </summary>
    private int NextProperty(ref Utf8JsonReader r, PropertyNames names, ref int seen)
    {
        while (true)
        {
            r.Read();
            if (r.TokenType == JsonTokenType.EndObject)
            {
                return -1;
            }

            int index = names.Find(ref r);
            if (index < 0)
            {
                string name = NameOf(ref r);
                r.Read();
                problems.Error(path.Build(name), ProblemCodes.UnknownProperty, name, names.List);
                SkipChecked(ref r, path.Build(name));
                continue;
            }

            if ((seen & (1 << index)) != 0)
            {
                r.Read();
                problems.Error(path.Build(names[index]), ProblemCodes.DuplicateProperty, names[index]);
                SkipChecked(ref r, path.Build(names[index]));
                continue;
            }

            seen |= 1 << index;
            r.Read();
            path.Push(names[index]);
            return index;
        }
    }

    private string NameOf(ref Utf8JsonReader r)
    {
        if (!CheckLength(ref r, null))
        {
            return Utf8Lossy(r.ValueSpan, 200);
        }

        return JsonText.TryGetString(ref r, out string name) ? name : Utf8Lossy(r.ValueSpan, 200);
    }

    private void RequireAll(PropertyNames names, int seen, int requiredMask)
    {
        int missing = requiredMask & ~seen;
        for (int i = 0; missing != 0; i++, missing >>= 1)
        {
            if ((missing & 1) != 0)
            {
                problems.Error(path.Build(names[i]), ProblemCodes.Required, null);
            }
        }
    }

    /// <summary>Checks the decoded length of the current string or property name; reports at <paramref name="at"/> (or the current path).</summary>
    private bool CheckLength(ref Utf8JsonReader r, string? at)
    {
        int raw = r.HasValueSequence ? checked((int)r.ValueSequence.Length) : r.ValueSpan.Length;
        if (raw <= options.MaxStringLength)
        {
            return true;
        }

        int decoded = raw;
        if (r.ValueIsEscaped)
        {
            byte[] rented = ArrayPool<byte>.Shared.Rent(raw);
            try
            {
                decoded = JsonText.TryCopyString(ref r, rented);
                if (decoded < 0)
                {
                    decoded = raw;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        if (decoded <= options.MaxStringLength)
        {
            return true;
        }

        problems.Error(at ?? path.Build(), ProblemCodes.JsonStringTooLong, null, options.MaxStringLength.ToString(CultureInfo.InvariantCulture));
        return false;
    }

    /// <summary>Skips the current value, checking the length of every string in it.</summary>
    private void SkipChecked(ref Utf8JsonReader r, string at)
    {
        if (r.TokenType is JsonTokenType.String)
        {
            if (CheckLength(ref r, at) && !JsonText.IsDecodable(ref r))
            {
                problems.Error(at, ProblemCodes.JsonEncoding, Raw(ref r), LoneSurrogate);
            }

            return;
        }

        if (r.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        int depth = r.CurrentDepth;
        while (r.Read() && r.CurrentDepth > depth)
        {
            if (r.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && CheckLength(ref r, at) && !JsonText.IsDecodable(ref r))
            {
                problems.Error(at, ProblemCodes.JsonEncoding, Raw(ref r), LoneSurrogate);
            }
        }
    }

    private const string LoneSurrogate = ProblemMessages.LoneSurrogate;

    /// <summary>The stand-in for a required string that could not be read (its error is reported), so that validation goes on.</summary>
    private const string Placeholder = "?";

    /// <summary>Reports a string whose escapes are not valid UTF-16 (an escaped lone surrogate).</summary>
    private void InvalidText(ref Utf8JsonReader r) =>
        problems.Error(path.Build(), ProblemCodes.JsonEncoding, Raw(ref r), LoneSurrogate);

    private void TypeError(ref Utf8JsonReader r, string expected)
    {
        string at = path.Build();
        problems.Error(at, ProblemCodes.JsonType, Raw(ref r), expected);
        SkipChecked(ref r, at);
    }

    private bool ExpectObject(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        TypeError(ref r, "object");
        return false;
    }

    private string? ReadString(ref Utf8JsonReader r, bool required)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.Null:
                if (required)
                {
                    problems.Error(path.Build(), ProblemCodes.Required, "null");
                }

                return null;
            case JsonTokenType.String:
                if (!CheckLength(ref r, null))
                {
                    return null;
                }

                if (!JsonText.TryGetString(ref r, out string value))
                {
                    InvalidText(ref r);
                    return null;
                }

                return value;
            default:
                TypeError(ref r, "string");
                return null;
        }
    }

    /// <summary>Reads an integer literal of at most 32 bits; <see langword="null"/> for <c>null</c> or a problem.</summary>
    private int? ReadInt(ref Utf8JsonReader r, bool required, out bool ok)
    {
        ok = true;
        switch (r.TokenType)
        {
            case JsonTokenType.Null:
                if (required)
                {
                    ok = false;
                    problems.Error(path.Build(), ProblemCodes.Required, "null");
                }

                return null;
            case JsonTokenType.Number:
                if (IsIntegerLiteral(r.ValueSpan) && r.TryGetInt32(out int value))
                {
                    return value;
                }

                ok = false;
                problems.Error(path.Build(), ProblemCodes.NotAnInteger, Raw(ref r));
                return null;
            default:
                ok = false;
                TypeError(ref r, "integer");
                return null;
        }
    }

    private static bool IsIntegerLiteral(ReadOnlySpan<byte> number)
    {
        foreach (byte b in number)
        {
            if (b is not ((>= (byte)'0' and <= (byte)'9') or (byte)'-'))
            {
                return false;
            }
        }

        return true;
    }

    private bool? ReadBool(ref Utf8JsonReader r)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                TypeError(ref r, "boolean");
                return null;
        }
    }

    private LocalDate? ReadDate(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            problems.Error(path.Build(), ProblemCodes.Required, "null");
            return null;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            TypeError(ref r, "string");
            return null;
        }

        ReadOnlySpan<byte> text = r.ValueSpan;
        if (r.ValueIsEscaped)
        {
            text = r.ValueSpan.Length <= 96 && JsonText.TryGetString(ref r, out string unescaped) ? Encoding.UTF8.GetBytes(unescaped) : default;
        }

        if (TryParseIsoDate(text, out LocalDate date))
        {
            return date;
        }

        problems.Error(path.Build(), ProblemCodes.InvalidDate, Raw(ref r));
        return null;
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> exactly (years 0001…9999).</summary>
    internal static bool TryParseIsoDate(ReadOnlySpan<byte> s, out LocalDate date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        if (!Digits(s[..4], out int year) || !Digits(s.Slice(5, 2), out int month) || !Digits(s.Slice(8, 2), out int day))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (byte b in s)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>Reads a code of a fixed list; returns its catalogue order or -1 (null, or a reported problem).</summary>
    private int ReadChoice<T>(ref Utf8JsonReader r, Utf8CodeTable<T> table, bool required)
        where T : class, ICatalogEntry
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            if (required)
            {
                problems.Error(path.Build(), ProblemCodes.Required, "null");
            }

            return -1;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            TypeError(ref r, "string");
            return -1;
        }

        int index = table.Find(ref r);
        if (index < 0 && CheckLength(ref r, null))
        {
            problems.Error(path.Build(), ProblemCodes.UnknownCode, Raw(ref r), table.List.Kind.English, table.List.CodeList);
        }

        return index;
    }

    /// <summary>
    /// Finds the current string or property name in a segment's table; reports an unknown code, or one of the other
    /// segment, at <paramref name="at"/>. With no segment known, a code of either segment is accepted (returns -2).
    /// </summary>
    private int FindSegmentCode<T>(ref Utf8JsonReader r, Segment? segment, Func<DatasetCodes, Utf8CodeTable<T>> select, string at)
        where T : class, ICatalogEntry
    {
        if (segment is { } s)
        {
            Utf8CodeTable<T> table = select(DatasetCodes.For(s));
            int index = table.Find(ref r);
            if (index >= 0)
            {
                return index;
            }

            if (CheckLength(ref r, at))
            {
                Utf8CodeTable<T> other = select(DatasetCodes.For(s == Segment.Company ? Segment.SelfEmployed : Segment.Company));
                if (other.Find(ref r) >= 0)
                {
                    problems.Error(at, ProblemCodes.CodeOtherSegment, Raw(ref r), table.List.Kind.English, DiCatalog.For(s).Code, table.List.CodeList);
                }
                else
                {
                    problems.Error(at, ProblemCodes.UnknownCode, Raw(ref r), table.List.Kind.English, table.List.CodeList);
                }
            }

            return -1;
        }

        Utf8CodeTable<T> company = select(DatasetCodes.Company);
        if (company.Find(ref r) >= 0 || select(DatasetCodes.SelfEmployed).Find(ref r) >= 0)
        {
            return -2;
        }

        if (CheckLength(ref r, at))
        {
            problems.Error(at, ProblemCodes.UnknownCode, Raw(ref r), company.List.Kind.English, company.List.CodeList);
        }

        return -1;
    }

    private ExtensionData? ReadExtensions(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            TypeError(ref r, "object");
            return null;
        }

        int start = bufferOffset + checked((int)r.TokenStartIndex);
        string at = path.Build();
        long before = problems.ErrorCount;
        ScanExtensions(ref r);
        if (problems.ErrorCount != before)
        {
            return null;
        }

        int end = bufferOffset + checked((int)r.BytesConsumed);
        try
        {
            return ExtensionData.FromTrustedJson(StrictUtf8.GetString(buffer, start, end - start));
        }
        catch (DecoderFallbackException e)
        {
            problems.Error(at, ProblemCodes.JsonEncoding, null, e.Message);
            return null;
        }
    }

    /// <summary>
    /// Reads over an <c>extensions</c> object (the reader is on its start), reporting at their own paths a property name
    /// repeated in one object, a string or name too long, and escapes that are not Unicode text: the content is free,
    /// but it is strict JSON like the rest of the document.
    /// </summary>
    private void ScanExtensions(ref Utf8JsonReader r)
    {
        int depth = path.Count;
        int frames = 0;
        PushFrame(ref frames, isObject: true, popPath: false);
        while (frames > 0 && r.Read())
        {
            ExtensionFrame top = extensionFrames[frames - 1];
            string name;
            switch (r.TokenType)
            {
                case JsonTokenType.PropertyName:
                    string lossy = Utf8Lossy(r.ValueSpan, 200);
                    if (!CheckLength(ref r, path.Build(lossy)))
                    {
                        name = lossy;
                    }
                    else if (!JsonText.TryGetString(ref r, out name))
                    {
                        name = lossy;
                        problems.Error(path.Build(name), ProblemCodes.JsonEncoding, Raw(ref r), LoneSurrogate);
                    }
                    else if (!top.Names!.Add(name))
                    {
                        problems.Error(path.Build(name), ProblemCodes.DuplicateProperty, name);
                    }

                    path.Push(name);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    if (!top.IsObject)
                    {
                        path.Push(top.Index++);
                    }

                    PushFrame(ref frames, r.TokenType == JsonTokenType.StartObject, popPath: true);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames--;
                    if (top.PopPath)
                    {
                        path.Pop();
                    }

                    break;
                default:
                    if (!top.IsObject)
                    {
                        path.Push(top.Index++);
                    }

                    if (r.TokenType == JsonTokenType.String && CheckLength(ref r, null) && !JsonText.IsDecodable(ref r))
                    {
                        InvalidText(ref r);
                    }

                    path.Pop();
                    break;
            }
        }

        path.Truncate(depth);
    }

    private void PushFrame(ref int frames, bool isObject, bool popPath)
    {
        if (frames == extensionFrames.Count)
        {
            extensionFrames.Add(new ExtensionFrame());
        }

        ExtensionFrame frame = extensionFrames[frames++];
        frame.IsObject = isObject;
        frame.PopPath = popPath;
        frame.Index = 0;
        if (isObject)
        {
            frame.Names ??= new HashSet<string>(StringComparer.Ordinal);
            frame.Names.Clear();
        }
    }

    /// <summary>One open object or array of an <c>extensions</c> value: its names so far, or its next index.</summary>
    private sealed class ExtensionFrame
    {
        internal bool IsObject { get; set; }

        internal bool PopPath { get; set; }

        internal int Index { get; set; }

        internal HashSet<string>? Names { get; set; }
    }

    // ----- root values -----

    /// <summary>Reads the root <c>format</c> value (the reader is on the value).</summary>
    internal void ReadFormat(ref Utf8JsonReader r)
    {
        path.Clear();
        path.Push("format");
        if (ReadString(ref r, required: true) is { } format && format != Dataset.FormatName)
        {
            problems.Error("format", ProblemCodes.UnknownFormat, Quote(format), Dataset.FormatName);
        }

        path.Clear();
    }

    /// <summary>Reads the root <c>version</c>; returns whether it is a version this release reads (<paramref name="refused"/>: an integer of another version).</summary>
    internal bool ReadVersion(ref Utf8JsonReader r, out bool refused)
    {
        refused = false;
        path.Clear();
        path.Push("version");
        string raw = Raw(ref r);
        int? version = ReadInt(ref r, required: true, out bool ok);
        path.Clear();
        if (ok && version != Dataset.CurrentVersion)
        {
            problems.Error("version", ProblemCodes.UnknownVersion, raw, Dataset.CurrentVersion.ToString(CultureInfo.InvariantCulture));
            refused = true;
            return false;
        }

        return ok;
    }

    internal ExtensionData? ReadRootExtensions(ref Utf8JsonReader r)
    {
        path.Clear();
        path.Push("extensions");
        ExtensionData? result = ReadExtensions(ref r);
        path.Clear();
        return result;
    }

    internal void SkipRootValue(ref Utf8JsonReader r, string at) => SkipChecked(ref r, at);

    internal string ReadRootName(ref Utf8JsonReader r) => NameOf(ref r);

    // ----- partners -----

    /// <summary>
    /// Reads one partner (the reader is on its first token); <see langword="null"/> when it is not an object. A partner with
    /// an error is returned with stand-ins for what could not be read, for the validators only: the caller drops it when
    /// any error was reported. Its code is returned when readable.
    /// </summary>
    internal Partner? ReadPartner(ref Utf8JsonReader r, int index, out string? code)
    {
        path.Clear();
        path.Push("partners");
        path.Push(index);
        code = null;
        if (!ExpectObject(ref r))
        {
            return null;
        }

        string? name = null;
        PartnerTargets? targets = null;
        ExtensionData? extensions = null;
        int seen = 0, p;
        while ((p = NextProperty(ref r, PartnerNames, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0:
                    code = ReadString(ref r, required: true);
                    break;
                case 1:
                    name = ReadString(ref r, required: true);
                    break;
                case 2:
                    targets = ReadTargets(ref r);
                    break;
                default:
                    extensions = ReadExtensions(ref r);
                    break;
            }

            path.Pop();
        }

        RequireAll(PartnerNames, seen, 0b11);
        return new Partner(code ?? Placeholder, name ?? Placeholder) { Targets = targets, Extensions = extensions };
    }

    private PartnerTargets? ReadTargets(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null || !ExpectObject(ref r))
        {
            return null;
        }

        int? original = null, redistributed = null;
        int seen = 0, p;
        while ((p = NextProperty(ref r, TargetNames, ref seen)) >= 0)
        {
            int? value = ReadInt(ref r, required: false, out _);
            if (p == 0)
            {
                original = value;
            }
            else
            {
                redistributed = value;
            }

            path.Pop();
        }

        return new PartnerTargets(original, redistributed);
    }

    // ----- participants -----

    /// <summary>
    /// Reads one participant (the reader is on its first token), checking types and codes for <paramref name="segment"/>
    /// (found ahead by the scanner, or <see langword="null"/> when absent or invalid). Returns <see langword="null"/> when
    /// it is not an object; a participant with an error is returned with stand-ins for what could not be read, for the
    /// validators only (the caller drops it). <paramref name="id"/> and <paramref name="partner"/> are returned when readable.
    /// </summary>
    internal Participant? ReadParticipant(ref Utf8JsonReader r, int index, Segment? segment, out string? id, out string? partner)
    {
        path.Clear();
        path.Push("participants");
        path.Push(index);
        id = null;
        partner = null;
        if (!ExpectObject(ref r))
        {
            return null;
        }

        Segment? segmentRead = null;
        Registration? registration = null;
        Monitor1? monitor1 = null;
        Monitor2? monitor2 = null;
        Monitor3? monitor3 = null;
        ExtensionData? extensions = null;
        int seen = 0, p;
        while ((p = NextProperty(ref r, ParticipantNames, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0:
                    id = ReadString(ref r, required: true);
                    break;
                case 1:
                    partner = ReadString(ref r, required: true);
                    break;
                case 2:
                    int s = ReadChoice(ref r, DatasetCodes.Segments, required: true);
                    segmentRead = s < 0 ? null : DatasetCodes.Segments.List[s].Segment;
                    break;
                case 3:
                    registration = ReadRegistration(ref r);
                    break;
                case 4:
                    monitor1 = ReadMonitor1(ref r);
                    break;
                case 5:
                    monitor2 = ReadMonitor2(ref r);
                    break;
                case 6:
                    monitor3 = ReadMonitor3(ref r, segment);
                    break;
                default:
                    extensions = ReadExtensions(ref r);
                    break;
            }

            path.Pop();
        }

        RequireAll(ParticipantNames, seen, 0b111);

        // Stand-ins (for values whose error is already reported) keep the validators' rules running on the rest. Without a
        // segment, monitor 3 is not built and the registration is checked by the company rules, which allow all that the
        // self-employed rules allow.
        return new Participant(id ?? Placeholder, partner ?? Placeholder, segmentRead ?? Segment.Company)
        {
            Registration = registration,
            Monitor1 = monitor1,
            Monitor2 = monitor2,
            Monitor3 = monitor3,
            Extensions = extensions,
        };
    }

    private Registration? ReadRegistration(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null || !ExpectObject(ref r))
        {
            return null;
        }

        var registration = new Registration();
        int seen = 0, p;
        while ((p = NextProperty(ref r, RegistrationNames, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0:
                    registration = registration with { Headcount = ReadInt(ref r, required: false, out _) };
                    break;
                case 1:
                    registration = registration with { Sector = ReadString(ref r, required: false) };
                    break;
                case 2:
                    registration = registration with { SubSector = ReadString(ref r, required: false) };
                    break;
                case 3:
                    registration = registration with { PermanentContracts = Band(ReadChoice(ref r, DatasetCodes.Bands, required: false)) };
                    break;
                case 4:
                    registration = registration with { Men = Band(ReadChoice(ref r, DatasetCodes.Bands, required: false)) };
                    break;
                case 5:
                    registration = registration with { AgeGroups = ReadBands(ref r, DatasetCodes.AgeGroups, BandMap<AgeGroup>.Empty, static (m, i, b) => m.With((AgeGroup)(i + 1), b)) };
                    break;
                case 6:
                    registration = registration with { EducationLevels = ReadBands(ref r, DatasetCodes.EducationLevels, BandMap<EducationLevel>.Empty, static (m, i, b) => m.With((EducationLevel)(i + 1), b)) };
                    break;
                default:
                    registration = registration with { Extensions = ReadExtensions(ref r) };
                    break;
            }

            path.Pop();
        }

        return registration;
    }

    private static ShareBand? Band(int index) => index < 0 ? null : (ShareBand)(index + 1);

    private TMap ReadBands<TGroup, TMap>(ref Utf8JsonReader r, Utf8CodeTable<CatalogChoice<TGroup>> groups, TMap empty, Func<TMap, int, ShareBand, TMap> with)
        where TGroup : struct, Enum
    {
        TMap map = empty;
        if (r.TokenType == JsonTokenType.Null || !ExpectObject(ref r))
        {
            return map;
        }

        int seen = 0;
        while (true)
        {
            r.Read();
            if (r.TokenType == JsonTokenType.EndObject)
            {
                return map;
            }

            int group = groups.Find(ref r);
            if (group < 0)
            {
                string name = NameOf(ref r);
                r.Read();
                problems.Error(path.Build(name), ProblemCodes.UnknownCode, Quote(name), groups.List.Kind.English, groups.List.CodeList);
                SkipChecked(ref r, path.Build(name));
                continue;
            }

            string groupCode = groups.List[group].Code;
            r.Read();
            if ((seen & (1 << group)) != 0)
            {
                problems.Error(path.Build(groupCode), ProblemCodes.DuplicateProperty, groupCode);
                SkipChecked(ref r, path.Build(groupCode));
                continue;
            }

            seen |= 1 << group;
            path.Push(groupCode);
            if (Band(ReadChoice(ref r, DatasetCodes.Bands, required: false)) is { } band)
            {
                map = with(map, group, band);
            }

            path.Pop();
        }
    }

    private Monitor1? ReadMonitor1(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null || !ExpectObject(ref r))
        {
            return null;
        }

        LocalDate? date = null;
        int typology = -1;
        ApproachSelection diagnosis = ApproachSelection.None(ApproachField.Diagnosis);
        ApproachSelection presentation = ApproachSelection.None(ApproachField.Presentation);
        ApproachSelection execution = ApproachSelection.None(ApproachField.Execution);
        ExtensionData? extensions = null;
        int seen = 0, p;
        while ((p = NextProperty(ref r, Monitor1Names, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0:
                    date = ReadDate(ref r);
                    break;
                case 1:
                    typology = ReadChoice(ref r, DatasetCodes.Typology, required: true);
                    break;
                case 2:
                    diagnosis = ApproachSelection.FromMask(ApproachField.Diagnosis, ReadCodeSet(ref r, DatasetCodes.Diagnosis));
                    break;
                case 3:
                    presentation = ApproachSelection.FromMask(ApproachField.Presentation, ReadCodeSet(ref r, DatasetCodes.Presentation));
                    break;
                case 4:
                    execution = ApproachSelection.FromMask(ApproachField.Execution, ReadCodeSet(ref r, DatasetCodes.Execution));
                    break;
                default:
                    extensions = ReadExtensions(ref r);
                    break;
            }

            path.Pop();
        }

        RequireAll(Monitor1Names, seen, 0b11);

        // Without a valid typology (an error already reported) the monitor is kept with a stand-in, so that the validators
        // still check its date; a participant with an error is never returned.
        return date is { } d
            ? new Monitor1(d, typology >= 0 ? TypologyStep.All[typology] : TypologyStep.A) { Diagnosis = diagnosis, Presentation = presentation, Execution = execution, Extensions = extensions }
            : null;
    }

    /// <summary>Reads an array of distinct codes of a fixed list into a bit mask (bit i = catalogue order i).</summary>
    private int ReadCodeSet<T>(ref Utf8JsonReader r, Utf8CodeTable<T> table)
        where T : class, ICatalogEntry
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return 0;
        }

        if (r.TokenType != JsonTokenType.StartArray)
        {
            TypeError(ref r, "array");
            return 0;
        }

        int mask = 0;
        int i = 0;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            path.Push(i++);
            if (r.TokenType == JsonTokenType.Null)
            {
                problems.Error(path.Build(), ProblemCodes.JsonType, "null", "string");
            }
            else
            {
                int index = ReadChoice(ref r, table, required: true);
                if (index >= 0)
                {
                    if ((mask & (1 << index)) != 0)
                    {
                        problems.Error(path.Build(), ProblemCodes.RepeatedCode, Raw(ref r));
                    }

                    mask |= 1 << index;
                }
            }

            path.Pop();
        }

        return mask;
    }

    private Monitor2? ReadMonitor2(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null || !ExpectObject(ref r))
        {
            return null;
        }

        LocalDate? date = null;
        string? note = null;
        ExtensionData? extensions = null;
        int seen = 0, p;
        while ((p = NextProperty(ref r, Monitor2Names, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0:
                    date = ReadDate(ref r);
                    break;
                case 1:
                    note = ReadString(ref r, required: false);
                    break;
                default:
                    extensions = ReadExtensions(ref r);
                    break;
            }

            path.Pop();
        }

        RequireAll(Monitor2Names, seen, 0b1);
        return date is { } d ? new Monitor2(d) { Note = note, Extensions = extensions } : null;
    }

    private Monitor3? ReadMonitor3(ref Utf8JsonReader r, Segment? segment)
    {
        if (r.TokenType == JsonTokenType.Null || !ExpectObject(ref r))
        {
            return null;
        }

        LocalDate? date = null;
        int typology = -1;
        int aspects = 0;
        ImmutableArray<ImprovementAction> actions = [];
        StatementRatings opportunities = StatementRatings.Empty, obstacles = StatementRatings.Empty;
        Continuation? continuation = null;
        SatisfactionCategory? satisfaction = null;
        Grade? grade = null;
        string? motto = null;
        ExtensionData? extensions = null;
        int seen = 0, p;
        while ((p = NextProperty(ref r, Monitor3Names, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0:
                    date = ReadDate(ref r);
                    break;
                case 1:
                    typology = ReadChoice(ref r, DatasetCodes.Typology, required: true);
                    break;
                case 2:
                    long beforeAspects = problems.ErrorCount;
                    aspects = ReadAspects(ref r, segment);
                    if (problems.ErrorCount != beforeAspects && segment is { } all)
                    {
                        // A code that failed is not known: count every aspect as worked on, so that no action is warned about.
                        aspects = (1 << DatasetCodes.For(all).Aspects.Count) - 1;
                    }

                    break;
                case 3:
                    actions = ReadActions(ref r, segment);
                    break;
                case 4:
                    opportunities = ReadRatings(ref r, segment, static c => c.Opportunities);
                    break;
                case 5:
                    obstacles = ReadRatings(ref r, segment, static c => c.Obstacles);
                    break;
                case 6:
                    continuation = ReadContinuation(ref r);
                    break;
                case 7:
                    int category = ReadChoice(ref r, DatasetCodes.Satisfaction, required: false);
                    satisfaction = category < 0 ? null : (SatisfactionCategory)(category + 1);
                    break;
                case 8:
                    string raw = Raw(ref r);
                    if (ReadInt(ref r, required: false, out _) is { } g)
                    {
                        if (Grade.TryFromValue(g, out Grade value))
                        {
                            grade = value;
                        }
                        else
                        {
                            problems.Error(path.Build(), ProblemCodes.GradeRange, raw);
                        }
                    }

                    break;
                case 9:
                    motto = ReadString(ref r, required: false);
                    break;
                default:
                    extensions = ReadExtensions(ref r);
                    break;
            }

            path.Pop();
        }

        RequireAll(Monitor3Names, seen, 0b11);
        if (date is not { } d || segment is not { } s)
        {
            return null;
        }

        return new Monitor3(d, typology >= 0 ? TypologyStep.All[typology] : TypologyStep.A)
        {
            Aspects = AspectSet.FromMask(s, aspects),
            Actions = actions,
            Opportunities = opportunities,
            Obstacles = obstacles,
            Continuation = continuation,
            Satisfaction = satisfaction,
            Grade = grade,
            Motto = motto,
            Extensions = extensions,
        };
    }

    private int ReadAspects(ref Utf8JsonReader r, Segment? segment)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return 0;
        }

        if (r.TokenType != JsonTokenType.StartArray)
        {
            TypeError(ref r, "array");
            return 0;
        }

        int mask = 0;
        int i = 0;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            path.Push(i++);
            if (r.TokenType != JsonTokenType.String)
            {
                TypeError(ref r, "string");
            }
            else
            {
                int index = FindSegmentCode(ref r, segment, static c => c.Aspects, path.Build());
                if (index >= 0)
                {
                    if ((mask & (1 << index)) != 0)
                    {
                        problems.Error(path.Build(), ProblemCodes.RepeatedCode, Raw(ref r));
                    }

                    mask |= 1 << index;
                }
            }

            path.Pop();
        }

        return mask;
    }

    private ImmutableArray<ImprovementAction> ReadActions(ref Utf8JsonReader r, Segment? segment)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (r.TokenType != JsonTokenType.StartArray)
        {
            TypeError(ref r, "array");
            return [];
        }

        actionScratch.Clear();
        int i = 0;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            path.Push(i++);
            if (ExpectObject(ref r))
            {
                Indicator? indicator = null;
                int followUp = -1;
                ExtensionData? extensions = null;
                int seen = 0, p;
                while ((p = NextProperty(ref r, ActionNames, ref seen)) >= 0)
                {
                    switch (p)
                    {
                        case 0:
                            if (r.TokenType == JsonTokenType.Null)
                            {
                                problems.Error(path.Build(), ProblemCodes.Required, "null");
                            }
                            else if (r.TokenType != JsonTokenType.String)
                            {
                                TypeError(ref r, "string");
                            }
                            else
                            {
                                int index = FindSegmentCode(ref r, segment, static c => c.Indicators, path.Build());
                                indicator = index >= 0 && segment is { } s ? DiCatalog.For(s).Indicators[index] : null;
                            }

                            break;
                        case 1:
                            followUp = ReadChoice(ref r, DatasetCodes.FollowUps, required: true);
                            break;
                        default:
                            extensions = ReadExtensions(ref r);
                            break;
                    }

                    path.Pop();
                }

                RequireAll(ActionNames, seen, 0b11);
                if (indicator is not null && followUp >= 0)
                {
                    actionScratch.Add(new ImprovementAction(indicator, (FollowUp)(followUp + 1)) { Extensions = extensions });
                }
            }

            path.Pop();
        }

        return [.. actionScratch];
    }

    private StatementRatings ReadRatings(ref Utf8JsonReader r, Segment? segment, Func<DatasetCodes, Utf8CodeTable<Statement>> select)
    {
        if (r.TokenType == JsonTokenType.Null || !ExpectObject(ref r))
        {
            return StatementRatings.Empty;
        }

        ratingScratch.Clear();
        int seen = 0;
        while (true)
        {
            r.Read();
            if (r.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            string? name = null;
            int index = segment is { } s0 ? select(DatasetCodes.For(s0)).Find(ref r) : -1;
            if (index < 0)
            {
                name = NameOf(ref r);
                index = FindSegmentCode(ref r, segment, select, path.Build(name));
            }

            string code = index >= 0 && segment is { } s1 ? select(DatasetCodes.For(s1)).List[index].Code : name ?? NameOf(ref r);
            r.Read();
            if (index >= 0 && (seen & (1 << index)) != 0)
            {
                problems.Error(path.Build(code), ProblemCodes.DuplicateProperty, code);
                SkipChecked(ref r, path.Build(code));
                continue;
            }

            if (index >= 0)
            {
                seen |= 1 << index;
            }

            path.Push(code);
            string raw = Raw(ref r);
            if (ReadInt(ref r, required: false, out _) is { } value)
            {
                if (!Rating.TryFromValue(value, out Rating rating))
                {
                    problems.Error(path.Build(), ProblemCodes.RatingRange, raw);
                }
                else if (index >= 0 && segment is { } s2)
                {
                    ratingScratch.Add(new(select(DatasetCodes.For(s2)).List[index], rating));
                }
            }

            path.Pop();
        }

        return ratingScratch.Count == 0 ? StatementRatings.Empty : StatementRatings.Create(ratingScratch);
    }

    private Continuation? ReadContinuation(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null || !ExpectObject(ref r))
        {
            return null;
        }

        bool? continues = null, supportWanted = null;
        ContinuationForm? form = null;
        int seen = 0, p;
        while ((p = NextProperty(ref r, ContinuationNames, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0:
                    continues = ReadBool(ref r);
                    break;
                case 1:
                    int f = ReadChoice(ref r, DatasetCodes.Forms, required: false);
                    form = f < 0 ? null : (ContinuationForm)(f + 1);
                    break;
                default:
                    supportWanted = ReadBool(ref r);
                    break;
            }

            path.Pop();
        }

        return new Continuation { Continues = continues, Form = form, SupportWanted = supportWanted };
    }
}
