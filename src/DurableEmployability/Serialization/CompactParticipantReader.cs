using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Typology;

namespace DurableEmployability.Serialization;

/// <summary>
/// The fast path of <see cref="DatasetReader.Aggregate"/>: reads one participant straight from the reader's tokens into
/// a <see cref="CompactRecord"/> of a <see cref="CompactBatchBuilder"/>, checking every rule of the element reader and of
/// the validators on the way, without building the rich record.
/// </summary>
/// <remarks>
/// It is conservative: it accepts only a participant that the full path would read without any problem (no error and
/// no warning) and packs it exactly as <see cref="CompactBatchBuilder.Add(Trajectories.Participant)"/> would. On
/// anything else (an unknown or repeated property, <c>extensions</c>, an escaped code, a value out of range, a possible
/// warning, a repeated id, the end of the buffer, a syntax error) it returns <see langword="false"/> having changed
/// nothing, and the caller reads the participant again on the full path, so that the problems stay exactly the same.
/// Not thread-safe; one per read.
/// </remarks>
internal sealed class CompactParticipantReader
{
    private const int MaxCachedSectors = 4096;
    private const int MaxStackBytes = 512;
    private const int End = -1;
    private const int Fallback = -2;

    private static readonly byte[][] ParticipantNames = Names("id", "partner", "segment", "registration", "monitor1", "monitor2", "monitor3");
    private static readonly byte[][] RegistrationNames = Names("headcount", "sector", "subSector", "permanentContracts", "men", "ageGroups", "educationLevels");
    private static readonly byte[][] Monitor1Names = Names("date", "typology", "diagnosis", "presentation", "execution");
    private static readonly byte[][] Monitor2Names = Names("date", "note");
    private static readonly byte[][] Monitor3Names = Names("date", "typology", "aspects", "actions", "opportunities", "obstacles", "continuation", "satisfaction", "grade", "motto");
    private static readonly byte[][] ActionNames = Names("indicator", "followUp");
    private static readonly byte[][] ContinuationNames = Names("continues", "form", "supportWanted");
    private static readonly SegmentTables CompanyTables = new(Segment.Company);
    private static readonly SegmentTables SelfEmployedTables = new(Segment.SelfEmployed);
    private static readonly int[] TypologyIndex = TypologyIndexes();

    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> partnerCodes;
    private readonly Dictionary<string, SectorEntry> sectorCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SectorEntry>.AlternateLookup<ReadOnlySpan<char>> sectors;
    private readonly ushort[] partnerKeys = new ushort[256];
    private CompactBatchBuilder builder;
    private int generation;
    private int partnerKeysGeneration = -1;
    private readonly int maxStringLength;
    private readonly byte[] opportunities = new byte[32];
    private readonly byte[] obstacles = new byte[32];
    private byte[] actionCodes = new byte[16];

    // The participant being read.
    private SegmentTables? tables;
    private Segment segment;
    private string? id;
    private string? partner;
    private string? sector;
    private SectorEntry? sectorEntry;
    private int partnerIndex;
    private bool hasRegistration;
    private bool hasHeadcount;
    private int headcount;
    private int permanentContracts;
    private int men;
    private int ageGroups;
    private int educationLevels;
    private bool hasMonitor1;
    private bool hasMonitor2;
    private bool hasMonitor3;
    private int date1;
    private int date2;
    private int date3;
    private int typology1;
    private int typology3;
    private int diagnosis;
    private int presentation;
    private int execution;
    private int aspects;
    private int aspectOrders;
    private int actionAspects;
    private int actionCount;
    private int opportunitiesRated;
    private int obstaclesRated;
    private int continuation;
    private int satisfaction;
    private int grade;

    internal CompactParticipantReader(Dictionary<string, int> ids, Dictionary<string, int> partnerCodes, CompactBatchBuilder builder, DatasetReaderOptions options)
    {
        this.ids = ids;
        this.partnerCodes = partnerCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        sectors = sectorCache.GetAlternateLookup<ReadOnlySpan<char>>();
        this.builder = builder;
        maxStringLength = options.MaxStringLength;
    }

    /// <summary>Gets or sets the builder the accepted participants are packed into.</summary>
    internal CompactBatchBuilder Builder
    {
        get => builder;
        set
        {
            builder = value;
            generation++;
        }
    }

    /// <summary>Gets the number of participants accepted so far.</summary>
    internal long Accepted { get; private set; }

    /// <summary>
    /// Reads the participant whose first token the reader is on, through its last token, and packs it; returns
    /// <see langword="false"/> (the builder and the id set unchanged, the reader at an undefined position) when the
    /// participant must be read on the full path.
    /// </summary>
    internal bool TryRead(ref Utf8JsonReader r, int index)
    {
        try
        {
            if (!ReadParticipant(ref r) || !Valid() || !ids.TryAdd(id!, index))
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        Pack();
        Accepted++;
        return true;
    }

    private static byte[][] Names(params string[] names)
    {
        var utf8 = new byte[names.Length][];
        for (int i = 0; i < names.Length; i++)
        {
            utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }

        return utf8;
    }

    private static int[] TypologyIndexes()
    {
        var indexes = new int[DatasetCodes.Typology.Count];
        for (int i = 0; i < indexes.Length; i++)
        {
            indexes[i] = TypologyStep.All[i].Index;
        }

        return indexes;
    }

    /// <summary>
    /// Advances to the next property of the current object and onto its value; returns its index, <see cref="End"/> at
    /// the end of the object, or <see cref="Fallback"/> for a name that is unknown, repeated or escaped, or the end of the
    /// data. The name after the previous one (<paramref name="seen"/>'s highest bit) is compared first, as writers keep
    /// the order of the format.
    /// </summary>
    private static int NextProperty(ref Utf8JsonReader r, byte[][] names, ref int seen)
    {
        if (!r.Read())
        {
            return Fallback;
        }

        if (r.TokenType == JsonTokenType.EndObject)
        {
            return End;
        }

        if (r.ValueIsEscaped)
        {
            return Fallback;
        }

        ReadOnlySpan<byte> name = r.ValueSpan;
        int next = seen == 0 ? 0 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)seen);
        int i = next < names.Length && name.SequenceEqual(names[next]) ? next : Find(names, name);
        if (i < 0 || (seen & (1 << i)) != 0)
        {
            return Fallback;
        }

        seen |= 1 << i;
        return r.Read() ? i : Fallback;
    }

    private static int Find(byte[][] names, ReadOnlySpan<byte> name)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads a code of a list (a string, unescaped), comparing from <paramref name="hint"/> on; false for anything else.</summary>
    private static bool ReadCode<T>(ref Utf8JsonReader r, Utf8CodeTable<T> table, out int index, int hint = 0)
        where T : class, ICatalogEntry
    {
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped)
        {
            index = -1;
            return false;
        }

        index = table.Find(r.ValueSpan, hint);
        return index >= 0;
    }

    /// <summary>Reads <c>null</c> (index -1) or a code of a list.</summary>
    private static bool ReadOptionalCode<T>(ref Utf8JsonReader r, Utf8CodeTable<T> table, out int index)
        where T : class, ICatalogEntry
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            index = -1;
            return true;
        }

        return ReadCode(ref r, table, out index);
    }

    /// <summary>Reads <c>null</c> (0) or an array of distinct codes into a mask by list order.</summary>
    private static bool ReadCodeSet<T>(ref Utf8JsonReader r, Utf8CodeTable<T> table, out int mask)
        where T : class, ICatalogEntry
    {
        mask = 0;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        int next = 0;
        while (true)
        {
            if (!r.Read())
            {
                return false;
            }

            if (r.TokenType == JsonTokenType.EndArray)
            {
                return true;
            }

            if (!ReadCode(ref r, table, out int index, next) || (mask & (1 << index)) != 0)
            {
                return false;
            }

            mask |= 1 << index;
            next = index + 1;
        }
    }

    /// <summary>Reads an integer literal of at most 32 bits.</summary>
    private static bool ReadInt(ref Utf8JsonReader r, out int value)
    {
        value = 0;
        if (r.TokenType != JsonTokenType.Number)
        {
            return false;
        }

        ReadOnlySpan<byte> number = r.ValueSpan;
        if (number.Length == 1)
        {
            // A one-byte number token is a digit: the common rating, grade or headcount.
            value = number[0] - '0';
            return true;
        }

        foreach (byte b in number)
        {
            if (b is not ((>= (byte)'0' and <= (byte)'9') or (byte)'-'))
            {
                return false;
            }
        }

        return r.TryGetInt32(out value);
    }

    /// <summary>
    /// Reads a date as <see cref="DatasetElementReader.TryParseIsoDate"/> accepts it (<c>yyyy-MM-dd</c>, ISO calendar,
    /// years 1…9999), as the number yyyyMMdd: dates of the ISO calendar compare as these numbers do.
    /// </summary>
    private static bool ReadDate(ref Utf8JsonReader r, out int date)
    {
        date = 0;
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped)
        {
            return false;
        }

        ReadOnlySpan<byte> s = r.ValueSpan;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        int year = 0, month = 0, day = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            uint digit = (uint)(s[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + (int)digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + (int)digit;
            }
            else
            {
                day = (day * 10) + (int)digit;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = (year * 10000) + (month * 100) + day;
        return true;
    }

    /// <summary>Reads <c>null</c> (-1), <c>false</c> (0) or <c>true</c> (1).</summary>
    private static bool ReadBool(ref Utf8JsonReader r, out int value)
    {
        value = r.TokenType switch
        {
            JsonTokenType.Null => -1,
            JsonTokenType.False => 0,
            JsonTokenType.True => 1,
            _ => -2,
        };
        return value != -2;
    }

    /// <summary>Packs ratings (by catalogue order) two per byte as <see cref="CompactBatchBuilder.PackRatings"/> does; returns whether every item is rated.</summary>
    private static bool PackRatings(Span<byte> destination, byte[] values, int rated, int k)
    {
        if (rated == 0)
        {
            destination.Clear();
            return false;
        }

        bool all = true;
        for (int g = 0; g < destination.Length; g++)
        {
            int low = 2 * g < k ? values[2 * g] : 0;
            int high = (2 * g) + 1 < k ? values[(2 * g) + 1] : 0;
            if ((2 * g < k && low == 0) || ((2 * g) + 1 < k && high == 0))
            {
                all = false;
            }

            destination[g] = (byte)(low + (6 * high));
        }

        return all;
    }

    /// <summary>Whether the current token is a string the full path reads without a problem: UTF-8, not too long, decodable.</summary>
    private bool IsCleanString(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String && r.ValueSpan.Length <= maxStringLength && Utf8.IsValid(r.ValueSpan) && JsonText.IsDecodable(ref r);

    private bool IsOptionalText(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null || IsCleanString(ref r);

    private void Reset()
    {
        tables = null;
        segment = default;
        id = null;
        partner = null;
        sector = null;
        sectorEntry = null;
        hasRegistration = hasHeadcount = hasMonitor1 = hasMonitor2 = hasMonitor3 = false;
        headcount = permanentContracts = men = ageGroups = educationLevels = 0;
        typology1 = typology3 = diagnosis = presentation = execution = 0;
        aspects = aspectOrders = actionAspects = actionCount = 0;
        opportunitiesRated = obstaclesRated = continuation = satisfaction = grade = 0;
    }

    private bool ReadParticipant(ref Utf8JsonReader r)
    {
        Reset();
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        int seen = 0, p;
        while ((p = NextProperty(ref r, ParticipantNames, ref seen)) >= 0)
        {
            bool ok = p switch
            {
                0 => ReadId(ref r),
                1 => ReadPartner(ref r),
                2 => ReadSegment(ref r),
                3 => ReadRegistration(ref r),
                4 => ReadMonitor1(ref r),
                5 => ReadMonitor2(ref r),
                _ => tables is not null && ReadMonitor3(ref r),
            };
            if (!ok)
            {
                return false;
            }
        }

        return p == End && (seen & 0b111) == 0b111;
    }

    private bool ReadId(ref Utf8JsonReader r)
    {
        if (!IsCleanString(ref r) || !JsonText.TryGetString(ref r, out string value) || value.Length is < 1 or > Validation.ParticipantValidator.MaxIdLength)
        {
            return false;
        }

        id = value;
        return true;
    }

    /// <summary>Reads the partner code and finds it among the partners read (as the string already held there).</summary>
    private bool ReadPartner(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || r.ValueSpan.Length > Math.Min(maxStringLength, MaxStackBytes) || !Utf8.IsValid(r.ValueSpan))
        {
            return false;
        }

        Span<char> chars = stackalloc char[r.ValueSpan.Length];
        int n = Encoding.UTF8.GetChars(r.ValueSpan, chars);
        if (!partnerCodes.TryGetValue(chars[..n], out string? code, out int index))
        {
            return false;
        }

        partner = code;
        partnerIndex = index;
        return true;
    }

    private bool ReadSegment(ref Utf8JsonReader r)
    {
        if (!ReadCode(ref r, DatasetCodes.Segments, out int s))
        {
            return false;
        }

        segment = DatasetCodes.Segments.List[s].Segment;
        tables = segment == Segment.SelfEmployed ? SelfEmployedTables : CompanyTables;
        return true;
    }

    private bool ReadRegistration(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        hasRegistration = true;
        int seen = 0, p;
        while ((p = NextProperty(ref r, RegistrationNames, ref seen)) >= 0)
        {
            int band;
            bool ok;
            switch (p)
            {
                case 0:
                    hasHeadcount = r.TokenType != JsonTokenType.Null;
                    ok = !hasHeadcount || ReadInt(ref r, out headcount);
                    break;
                case 1:
                    ok = ReadSector(ref r);
                    break;
                case 2:
                    ok = IsOptionalText(ref r);
                    break;
                case 3:
                    ok = ReadOptionalCode(ref r, DatasetCodes.Bands, out band);
                    permanentContracts = band + 1;
                    break;
                case 4:
                    ok = ReadOptionalCode(ref r, DatasetCodes.Bands, out band);
                    men = band + 1;
                    break;
                case 5:
                    ok = ReadBands(ref r, DatasetCodes.AgeGroups, out ageGroups);
                    break;
                default:
                    ok = ReadBands(ref r, DatasetCodes.EducationLevels, out educationLevels);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        return p == End;
    }

    /// <summary>Reads the sector as a string held in a cache of recent sectors (no allocation for a sector seen before).</summary>
    private bool ReadSector(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            sector = null;
            sectorEntry = null;
            return true;
        }

        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || r.ValueSpan.Length > maxStringLength || !Utf8.IsValid(r.ValueSpan))
        {
            return false;
        }

        ReadOnlySpan<byte> bytes = r.ValueSpan;
        if (bytes.Length > MaxStackBytes)
        {
            sector = Encoding.UTF8.GetString(bytes);
            sectorEntry = null;
            return true;
        }

        Span<char> chars = stackalloc char[bytes.Length];
        int n = Encoding.UTF8.GetChars(bytes, chars);
        if (sectors.TryGetValue(chars[..n], out string? cached, out SectorEntry? entry))
        {
            sector = cached;
            sectorEntry = entry;
            return true;
        }

        sector = new string(chars[..n]);
        sectorEntry = null;
        if (sectorCache.Count < MaxCachedSectors)
        {
            sectorCache.Add(sector, sectorEntry = new SectorEntry());
        }

        return true;
    }

    /// <summary>Reads <c>null</c> or an object of group → band code or <c>null</c>, packed 3 bits per group by list order.</summary>
    private static bool ReadBands<T>(ref Utf8JsonReader r, Utf8CodeTable<T> groups, out int packed)
        where T : class, ICatalogEntry
    {
        packed = 0;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        int seen = 0, next = 0;
        while (true)
        {
            if (!r.Read())
            {
                return false;
            }

            if (r.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            if (r.ValueIsEscaped)
            {
                return false;
            }

            int group = groups.Find(r.ValueSpan, next);
            if (group < 0 || (seen & (1 << group)) != 0 || !r.Read() || !ReadOptionalCode(ref r, DatasetCodes.Bands, out int band))
            {
                return false;
            }

            next = group + 1;
            seen |= 1 << group;
            packed |= (band + 1) << (3 * group);
        }
    }

    private bool ReadMonitor1(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        hasMonitor1 = true;
        int seen = 0, p;
        while ((p = NextProperty(ref r, Monitor1Names, ref seen)) >= 0)
        {
            bool ok = p switch
            {
                0 => ReadDate(ref r, out date1),
                1 => ReadCode(ref r, DatasetCodes.Typology, out typology1),
                2 => ReadCodeSet(ref r, DatasetCodes.Diagnosis, out diagnosis),
                3 => ReadCodeSet(ref r, DatasetCodes.Presentation, out presentation),
                _ => ReadCodeSet(ref r, DatasetCodes.Execution, out execution),
            };
            if (!ok)
            {
                return false;
            }
        }

        return p == End && (seen & 0b11) == 0b11;
    }

    private bool ReadMonitor2(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        hasMonitor2 = true;
        int seen = 0, p;
        while ((p = NextProperty(ref r, Monitor2Names, ref seen)) >= 0)
        {
            if (!(p == 0 ? ReadDate(ref r, out date2) : IsOptionalText(ref r)))
            {
                return false;
            }
        }

        return p == End && (seen & 0b1) == 0b1;
    }

    private bool ReadMonitor3(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        SegmentTables t = tables!;
        hasMonitor3 = true;
        int seen = 0, p;
        while ((p = NextProperty(ref r, Monitor3Names, ref seen)) >= 0)
        {
            bool ok;
            switch (p)
            {
                case 0:
                    ok = ReadDate(ref r, out date3);
                    break;
                case 1:
                    ok = ReadCode(ref r, DatasetCodes.Typology, out typology3);
                    break;
                case 2:
                    ok = ReadCodeSet(ref r, t.Aspects, out aspects);
                    break;
                case 3:
                    ok = ReadActions(ref r, t);
                    break;
                case 4:
                    ok = ReadRatings(ref r, t.Opportunities, t.OpportunityOrder, opportunities, out opportunitiesRated);
                    break;
                case 5:
                    ok = ReadRatings(ref r, t.Obstacles, t.ObstacleOrder, obstacles, out obstaclesRated);
                    break;
                case 6:
                    ok = ReadContinuation(ref r);
                    break;
                case 7:
                    ok = ReadOptionalCode(ref r, DatasetCodes.Satisfaction, out int category);
                    satisfaction = category + 1;
                    break;
                case 8:
                    ok = r.TokenType == JsonTokenType.Null || (ReadInt(ref r, out grade) && grade is >= Scales.Grade.MinValue and <= Scales.Grade.MaxValue);
                    break;
                default:
                    ok = IsOptionalText(ref r);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        for (int i = 0; i < t.AspectOrderBit.Length; i++)
        {
            if ((aspects & (1 << i)) != 0)
            {
                aspectOrders |= t.AspectOrderBit[i];
            }
        }

        return p == End && (seen & 0b11) == 0b11;
    }

    private bool ReadActions(ref Utf8JsonReader r, SegmentTables t)
    {
        actionCount = 0;
        actionAspects = 0;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        int indicator = -1;
        while (true)
        {
            if (!r.Read())
            {
                return false;
            }

            if (r.TokenType == JsonTokenType.EndArray)
            {
                return true;
            }

            if (r.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            int followUp = -1;
            int hint = indicator + 1;
            int seen = 0, p;
            while ((p = NextProperty(ref r, ActionNames, ref seen)) >= 0)
            {
                if (!(p == 0 ? ReadCode(ref r, t.Indicators, out indicator, hint) : ReadCode(ref r, DatasetCodes.FollowUps, out followUp)))
                {
                    return false;
                }
            }

            if (p != End || seen != 0b11)
            {
                return false;
            }

            if (actionCount == actionCodes.Length)
            {
                Array.Resize(ref actionCodes, actionCount * 2);
            }

            actionCodes[actionCount++] = (byte)(t.IndicatorCode[indicator] + followUp);
            actionAspects |= t.IndicatorAspectBit[indicator];
        }
    }

    /// <summary>Reads <c>null</c> or an object of statement → rating 1…5 or <c>null</c>, into <paramref name="values"/> by catalogue order.</summary>
    private static bool ReadRatings(ref Utf8JsonReader r, Utf8CodeTable<Statement> table, int[] order, byte[] values, out int rated)
    {
        rated = 0;
        values.AsSpan(0, order.Length).Clear();
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        int seen = 0, next = 0;
        while (true)
        {
            if (!r.Read())
            {
                return false;
            }

            if (r.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            if (r.ValueIsEscaped)
            {
                return false;
            }

            int index = table.Find(r.ValueSpan, next);
            if (index < 0 || (seen & (1 << index)) != 0 || !r.Read())
            {
                return false;
            }

            next = index + 1;
            seen |= 1 << index;
            if (r.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (!ReadInt(ref r, out int value) || value is < Scales.Rating.MinValue or > Scales.Rating.MaxValue)
            {
                return false;
            }

            values[order[index]] = (byte)value;
            rated++;
        }
    }

    /// <summary>Reads the continuation into its packed state; a value that would be warned about (form or support of one who does not continue) is refused.</summary>
    private bool ReadContinuation(ref Utf8JsonReader r)
    {
        continuation = 0;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        int continues = -1, form = -1, support = -1;
        int seen = 0, p;
        while ((p = NextProperty(ref r, ContinuationNames, ref seen)) >= 0)
        {
            bool ok = p switch
            {
                0 => ReadBool(ref r, out continues),
                1 => ReadOptionalCode(ref r, DatasetCodes.Forms, out form),
                _ => ReadBool(ref r, out support),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End || (continues == 0 && (form >= 0 || support >= 0)))
        {
            return false;
        }

        continuation = continues switch
        {
            1 => 2 + (3 * (form + 1)) + support switch
            {
                1 => 1,
                0 => 2,
                _ => 0,
            },
            0 => 1,
            _ => 0,
        };
        return true;
    }

    /// <summary>The rules across fields of the validators: monitor dates in order, the registration of the segment, actions on aspects worked on.</summary>
    private bool Valid()
    {
        if ((hasMonitor1 && hasMonitor2 && date1 > date2) || (hasMonitor2 && hasMonitor3 && date2 > date3) || (hasMonitor1 && !hasMonitor2 && hasMonitor3 && date1 > date3))
        {
            return false;
        }

        if (hasRegistration)
        {
            if (hasHeadcount && headcount < 1)
            {
                return false;
            }

            if (segment == Segment.SelfEmployed && ((hasHeadcount && headcount != 1) || permanentContracts != 0 || men != 0 || ageGroups != 0 || educationLevels != 0))
            {
                return false;
            }
        }

        return !hasMonitor3 || (actionAspects & ~aspectOrders) == 0;
    }

    /// <summary>Packs the participant as <see cref="CompactBatchBuilder.Add(Trajectories.Participant)"/> does.</summary>
    private void Pack()
    {
        CompactRecord record = default;
        record.ActionStart = builder.ActionCount;
        record.Partner = PartnerKey();
        uint answers = segment == Segment.SelfEmployed ? CompactRecord.SelfEmployedBit : 0u;
        if (hasRegistration && hasMonitor1 && hasMonitor2 && hasMonitor3)
        {
            SegmentTables t = tables!;
            answers |= CompactRecord.CompleteBit;
            record.Typology = (byte)((TypologyIndex[typology1] * 7) + TypologyIndex[typology3]);
            record.Aspects = (byte)aspects;
            if (PackRatings(record.Opportunities, opportunities, opportunitiesRated, t.OpportunityOrder.Length))
            {
                answers |= CompactRecord.OpportunitiesListwiseBit;
            }

            if (PackRatings(record.Obstacles, obstacles, obstaclesRated, t.ObstacleOrder.Length))
            {
                answers |= CompactRecord.ObstaclesListwiseBit;
            }

            answers |= (uint)diagnosis | ((uint)presentation << 7) | ((uint)execution << 12);
            answers |= (uint)((satisfaction * 11) + grade) << 18;
            answers |= (uint)continuation << 24;
            record.Profile = (uint)(permanentContracts | (men << 3) | (ageGroups << 6) | (educationLevels << 15));
            record.Headcount = hasHeadcount && headcount >= 1 ? headcount : 0;
            record.Sector = SectorKey();
            builder.AppendActions(actionCodes.AsSpan(0, actionCount));
        }

        record.Answers = answers;
        builder.Append(in record);
    }

    /// <summary>Returns the builder's key of the partner, remembered per partner (by its index in <c>partners</c>) for the current builder.</summary>
    private ushort PartnerKey()
    {
        if (partnerKeysGeneration != generation)
        {
            Array.Clear(partnerKeys);
            partnerKeysGeneration = generation;
        }

        if ((uint)partnerIndex >= (uint)partnerKeys.Length)
        {
            return builder.PartnerKey(partner);
        }

        ushort key = partnerKeys[partnerIndex];
        if (key == 0)
        {
            partnerKeys[partnerIndex] = key = builder.PartnerKey(partner);
        }

        return key;
    }

    /// <summary>Returns the builder's key of the sector, remembered in the sector's cache entry for the current builder.</summary>
    private ushort SectorKey()
    {
        if (sectorEntry is not { } entry)
        {
            return builder.SectorKey(sector);
        }

        if (entry.Generation != generation)
        {
            entry.Key = builder.SectorKey(sector);
            entry.Generation = generation;
        }

        return entry.Key;
    }

    /// <summary>A cached sector's key in the builder of one generation.</summary>
    private sealed class SectorEntry
    {
        internal ushort Key { get; set; }

        internal int Generation { get; set; } = -1;
    }

    /// <summary>The code tables of one segment with what packing needs of each entry.</summary>
    private sealed class SegmentTables
    {
        internal SegmentTables(Segment segment)
        {
            DatasetCodes codes = DatasetCodes.For(segment);
            Aspects = codes.Aspects;
            Indicators = codes.Indicators;
            Opportunities = codes.Opportunities;
            Obstacles = codes.Obstacles;
            AspectOrderBit = new int[Aspects.Count];
            for (int i = 0; i < AspectOrderBit.Length; i++)
            {
                AspectOrderBit[i] = 1 << Aspects.List[i].Order;
            }

            IndicatorCode = new int[Indicators.Count];
            IndicatorAspectBit = new int[Indicators.Count];
            for (int i = 0; i < IndicatorCode.Length; i++)
            {
                Indicator indicator = Indicators.List[i];
                IndicatorCode[i] = indicator.Order * 3;
                IndicatorAspectBit[i] = 1 << indicator.Aspect.Order;
            }

            OpportunityOrder = Orders(Opportunities);
            ObstacleOrder = Orders(Obstacles);
        }

        internal Utf8CodeTable<Aspect> Aspects { get; }

        internal Utf8CodeTable<Indicator> Indicators { get; }

        internal Utf8CodeTable<Statement> Opportunities { get; }

        internal Utf8CodeTable<Statement> Obstacles { get; }

        /// <summary>Gets, per aspect in list order, the bit of its catalogue order (as <see cref="Trajectories.AspectSet.Contains"/> tests it).</summary>
        internal int[] AspectOrderBit { get; }

        /// <summary>Gets, per indicator in list order, its order × 3 (the action code without the follow-up).</summary>
        internal int[] IndicatorCode { get; }

        /// <summary>Gets, per indicator in list order, the bit of its aspect's catalogue order.</summary>
        internal int[] IndicatorAspectBit { get; }

        /// <summary>Gets, per opportunity in list order, its catalogue order.</summary>
        internal int[] OpportunityOrder { get; }

        /// <summary>Gets, per obstacle in list order, its catalogue order.</summary>
        internal int[] ObstacleOrder { get; }

        private static int[] Orders(Utf8CodeTable<Statement> table)
        {
            var orders = new int[table.Count];
            for (int i = 0; i < orders.Length; i++)
            {
                orders[i] = table.List[i].Order;
            }

            return orders;
        }
    }
}
