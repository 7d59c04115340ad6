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
    internal static byte[] Write(AccumulatorState state)
    {
        CounterLayout layout = CounterLayout.For(state.Options.Segment, state.Options.SizeClasses);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, ReportJsonWriter.WriterOptions(new ReportJsonOptions { Indented = false })))
        {
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

        return buffer.WrittenSpan.ToArray();
    }

    internal static ReportReadResult<AccumulatorState> Read(ReadOnlySpan<byte> utf8Json) =>
        ReportJsonElementReader.Parse(utf8Json, static (r, root) =>
        {
            if (!r.IsObject(root, string.Empty))
            {
                return null;
            }

            string format = r.String(root, "format", string.Empty);
            if (format.Length > 0 && format != AccumulatorState.FormatName)
            {
                r.Error("format", ProblemCodes.UnknownFormat, format, AccumulatorState.FormatName);
            }

            if (r.Property(root, "version", string.Empty, JsonValueKind.Number, "number") is { } version
                && (!version.TryGetInt32(out int v) || v != AccumulatorState.CurrentVersion))
            {
                r.Error("version", ProblemCodes.UnknownVersion, ReportJsonElementReader.Raw(version), AccumulatorState.CurrentVersion.ToString(CultureInfo.InvariantCulture));
            }

            string segmentCode = r.String(root, "segment", string.Empty);
            if (!DiCatalog.Segments.TryGet(segmentCode, out SegmentCatalog? catalog))
            {
                if (segmentCode.Length > 0)
                {
                    r.Error("segment", ProblemCodes.JsonType, "\"" + segmentCode + "\"", "company | self-employed");
                }

                return null;
            }

            SizeClassScheme? scheme = ReadScheme(r, root);
            if (scheme is null)
            {
                return null;
            }

            var options = new ReportOptions(catalog.Segment) { SizeClasses = scheme };
            if (root.TryGetProperty("group", out JsonElement g) && g.ValueKind != JsonValueKind.Null && r.IsObject(g, "group"))
            {
                options = options with { Group = new ReportGroup(r.String(g, "by", "group"), r.String(g, "key", "group")) };
            }

            CounterLayout layout = CounterLayout.For(options.Segment, options.SizeClasses);
            long[] counters = new long[layout.Length];
            if (r.Object(root, "counters", string.Empty) is { } blocks)
            {
                foreach ((string name, int offset, int length) in layout.Blocks)
                {
                    string path = "counters." + name;
                    if (r.Array(blocks, name, "counters") is not { } array)
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
            ImmutableArray<KeyCount> pairs = r.Items(root, "sectors", string.Empty, (s, sp) =>
                r.IsObject(s, sp) ? new KeyCount(r.String(s, "key", sp), r.Count(s, "count", sp)) : null);
            int index = 0;
            foreach (KeyCount pair in pairs)
            {
                string sp = ReportJsonElementReader.Index("sectors", index++);
                if (pair.Key.Length == 0 || !sectors.TryAdd(pair.Key, pair.Count))
                {
                    r.Error(sp + ".key", ProblemCodes.JsonType, "\"" + pair.Key + "\"", "a non-empty sector code, not repeated");
                }
            }

            return r.HasErrors ? null : AccumulatorState.Create(options, counters, sectors);
        });

    private static SizeClassScheme? ReadScheme(ReportJsonElementReader r, JsonElement root)
    {
        if (r.Array(root, "sizeClassBounds", string.Empty) is not { } array)
        {
            return null;
        }

        var bounds = new List<int>();
        int i = 0;
        foreach (JsonElement bound in array.EnumerateArray())
        {
            string path = ReportJsonElementReader.Index("sizeClassBounds", i++);
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
            r.Error("sizeClassBounds", ProblemCodes.JsonType, ReportJsonElementReader.Raw(array), "1 to 62 bounds");
            return null;
        }

        return SizeClassScheme.Create(bounds);
    }
}
