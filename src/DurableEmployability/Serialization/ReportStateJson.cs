using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Validation;

namespace DurableEmployability.Serialization;

/// <summary>The JSON form of <see cref="AccumulatorState"/>: the options and every counter block by name.</summary>
internal static class ReportStateJson
{
    internal static byte[] Write(AccumulatorState state) => Render(w => WriteState(w, state));

    internal static byte[] WriteGrouped(GroupedAccumulatorState state) => Render(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", GroupedAccumulatorState.FormatName);
        w.WriteNumber("version", GroupedAccumulatorState.CurrentVersion);
        w.WriteString("by", state.By);
        w.WriteStartArray("declaredKeys");
        foreach (string key in state.DeclaredKeys)
        {
            w.WriteStringValue(key);
        }

        w.WriteEndArray();
        w.WritePropertyName("overall");
        WriteState(w, state.Overall);
        w.WriteStartArray("groups");
        foreach (AccumulatorState group in state.Groups)
        {
            WriteState(w, group);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    internal static ReportReadResult<GroupedAccumulatorState> ReadGrouped(ReadOnlySpan<byte> utf8Json) =>
        ReportJsonElementReader.Parse(utf8Json, static (r, root) =>
        {
            if (!r.IsObject(root, string.Empty))
            {
                return null;
            }

            string format = r.String(root, "format", string.Empty);
            if (format.Length > 0 && format != GroupedAccumulatorState.FormatName)
            {
                r.Error("format", ProblemCodes.UnknownFormat, format, GroupedAccumulatorState.FormatName);
            }

            if (r.Property(root, "version", string.Empty, JsonValueKind.Number, "number") is { } version
                && (!version.TryGetInt32(out int v) || v != GroupedAccumulatorState.CurrentVersion))
            {
                r.Error("version", ProblemCodes.UnknownVersion, ReportJsonElementReader.Raw(version), GroupedAccumulatorState.CurrentVersion.ToString(CultureInfo.InvariantCulture));
            }

            string by = r.String(root, "by", string.Empty);
            ImmutableArray<string> declared = r.Items(root, "declaredKeys", string.Empty, (k, kp) =>
            {
                if (k.ValueKind == JsonValueKind.String)
                {
                    return k.GetString();
                }

                r.Error(kp, ProblemCodes.JsonType, ReportJsonElementReader.Raw(k), "string");
                return null;
            });
            AccumulatorState? overall = r.Object(root, "overall", string.Empty) is { } o ? ReadState(r, o, "overall") : null;
            ImmutableArray<AccumulatorState> groups = r.Items(root, "groups", string.Empty, (g, gp) => ReadState(r, g, gp));
            if (overall is null || r.HasErrors)
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < groups.Length; i++)
            {
                AccumulatorState group = groups[i];
                string gp = ReportJsonElementReader.Index("groups", i);
                if (group.Options with { Group = null } != overall.Options || group.Options.Group is not { } label || label.By != by || !seen.Add(label.Key))
                {
                    r.Error(gp + ".group", ProblemCodes.JsonType, null, "a distinct group of '" + by + "' with the overall state's segment and size classes");
                }
            }

            var declaredSeen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string key in declared)
            {
                if (!seen.Contains(key) || !declaredSeen.Add(key))
                {
                    r.Error("declaredKeys", ProblemCodes.JsonType, "\"" + key + "\"", "a key, not repeated, with a group state");
                }
            }

            return r.HasErrors ? null : new GroupedAccumulatorState(by, declared, overall, groups);
        });

    private static byte[] Render(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, ReportJsonWriter.WriterOptions(new ReportJsonOptions { Indented = false })))
        {
            write(w);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteState(Utf8JsonWriter w, AccumulatorState state)
    {
        CounterLayout layout = CounterLayout.For(state.Options.Segment, state.Options.SizeClasses);
        w.WriteStartObject();
        w.WriteString("format", AccumulatorState.FormatName);
        w.WriteNumber("version", AccumulatorState.CurrentVersion);
        w.WriteString("segment", DiCatalog.For(state.Options.Segment).Code);
        w.WriteStartArray("sizeClassBounds");
        foreach (int bound in state.Options.SizeClasses.UpperBounds)
        {
            w.WriteNumberValue(bound);
        }

        w.WriteEndArray();
        if (state.Options.Group is { } group)
        {
            w.WriteStartObject("group");
            w.WriteString("by", group.By);
            w.WriteString("key", group.Key);
            w.WriteEndObject();
        }

        w.WriteStartObject("counters");
        ReadOnlySpan<long> counters = state.Counters.AsSpan();
        foreach ((string name, int offset, int length) in layout.Blocks)
        {
            w.WriteStartArray(name);
            foreach (long count in counters.Slice(offset, length))
            {
                w.WriteNumberValue(count);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteStartArray("sectors");
        foreach (KeyCount sector in state.Sectors)
        {
            w.WriteStartObject();
            w.WriteString("key", sector.Key);
            w.WriteNumber("count", sector.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static ReportReadResult<AccumulatorState> Read(ReadOnlySpan<byte> utf8Json) =>
        ReportJsonElementReader.Parse(utf8Json, static (r, root) => ReadState(r, root, string.Empty));

    private static AccumulatorState? ReadState(ReportJsonElementReader r, JsonElement root, string at)
    {
        if (!r.IsObject(root, at))
        {
            return null;
        }

        string format = r.String(root, "format", at);
        if (format.Length > 0 && format != AccumulatorState.FormatName)
        {
            r.Error(ReportJsonElementReader.Path(at, "format"), ProblemCodes.UnknownFormat, format, AccumulatorState.FormatName);
        }

        if (r.Property(root, "version", at, JsonValueKind.Number, "number") is { } version
            && (!version.TryGetInt32(out int v) || v != AccumulatorState.CurrentVersion))
        {
            r.Error(ReportJsonElementReader.Path(at, "version"), ProblemCodes.UnknownVersion, ReportJsonElementReader.Raw(version), AccumulatorState.CurrentVersion.ToString(CultureInfo.InvariantCulture));
        }

        string segmentCode = r.String(root, "segment", at);
        if (!DiCatalog.Segments.TryGet(segmentCode, out SegmentCatalog? catalog))
        {
            if (segmentCode.Length > 0)
            {
                r.Error(ReportJsonElementReader.Path(at, "segment"), ProblemCodes.JsonType, "\"" + segmentCode + "\"", "company | self-employed");
            }

            return null;
        }

        SizeClassScheme? scheme = ReadScheme(r, root, at);
        if (scheme is null)
        {
            return null;
        }

        var options = new ReportOptions(catalog.Segment) { SizeClasses = scheme };
        if (root.TryGetProperty("group", out JsonElement g) && g.ValueKind != JsonValueKind.Null && r.IsObject(g, ReportJsonElementReader.Path(at, "group")))
        {
            options = options with { Group = new ReportGroup(r.String(g, "by", ReportJsonElementReader.Path(at, "group")), r.String(g, "key", ReportJsonElementReader.Path(at, "group"))) };
        }

        CounterLayout layout = CounterLayout.For(options.Segment, options.SizeClasses);
        long[] counters = new long[layout.Length];
        if (r.Object(root, "counters", at) is { } blocks)
        {
            foreach ((string name, int offset, int length) in layout.Blocks)
            {
                string path = ReportJsonElementReader.Path(at, "counters." + name);
                if (r.Array(blocks, name, ReportJsonElementReader.Path(at, "counters")) is not { } array)
                {
                    continue;
                }

                if (array.GetArrayLength() != length)
                {
                    r.Error(path, ProblemCodes.JsonType, ReportJsonElementReader.Raw(array), "array of " + length.ToString(CultureInfo.InvariantCulture) + " counts");
                    continue;
                }

                int i = 0;
                foreach (JsonElement count in array.EnumerateArray())
                {
                    counters[offset + i] = r.Count(count, ReportJsonElementReader.Index(path, i));
                    i++;
                }
            }
        }

        var sectors = new Dictionary<string, long>(StringComparer.Ordinal);
        ImmutableArray<KeyCount> pairs = r.Items(root, "sectors", at, (s, sp) =>
            r.IsObject(s, sp) ? new KeyCount(r.String(s, "key", sp), r.Count(s, "count", sp)) : null);
        int index = 0;
        foreach (KeyCount pair in pairs)
        {
            string sp = ReportJsonElementReader.Index(ReportJsonElementReader.Path(at, "sectors"), index++);
            if (pair.Key.Length == 0 || !sectors.TryAdd(pair.Key, pair.Count))
            {
                r.Error(sp + ".key", ProblemCodes.JsonType, "\"" + pair.Key + "\"", "a non-empty sector code, not repeated");
            }
        }

        return r.HasErrors ? null : AccumulatorState.Create(options, counters, sectors);
    }

    private static SizeClassScheme? ReadScheme(ReportJsonElementReader r, JsonElement root, string at)
    {
        if (r.Array(root, "sizeClassBounds", at) is not { } array)
        {
            return null;
        }

        var bounds = new List<int>();
        int i = 0;
        foreach (JsonElement bound in array.EnumerateArray())
        {
            string path = ReportJsonElementReader.Index(ReportJsonElementReader.Path(at, "sizeClassBounds"), i++);
            if (bound.ValueKind == JsonValueKind.Number && bound.TryGetInt32(out int value) && value >= 1
                && (bounds.Count == 0 || value > bounds[^1]))
            {
                bounds.Add(value);
            }
            else
            {
                r.Error(path, ProblemCodes.JsonType, ReportJsonElementReader.Raw(bound), "an ascending bound >= 1");
                return null;
            }
        }

        if (bounds.Count is 0 or > 62)
        {
            r.Error(ReportJsonElementReader.Path(at, "sizeClassBounds"), ProblemCodes.JsonType, ReportJsonElementReader.Raw(array), "1 to 62 bounds");
            return null;
        }

        return SizeClassScheme.Create(bounds);
    }
}
