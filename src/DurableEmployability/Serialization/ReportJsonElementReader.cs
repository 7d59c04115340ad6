using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using DurableEmployability.Validation;

namespace DurableEmployability.Serialization;

/// <summary>Reads typed values out of a parsed JSON document, collecting problems with their paths instead of throwing.</summary>
internal sealed class ReportJsonElementReader
{
    private const int MaxProblems = 100;
    private readonly List<Problem> problems = [];

    internal static ReportReadResult<T> Parse<T>(ReadOnlySpan<byte> utf8Json, Func<ReportJsonElementReader, JsonElement, T?> read)
        where T : class
    {
        var reader = new ReportJsonElementReader();
        JsonDocument document;
        try
        {
            var bytes = new ReadOnlyMemory<byte>(utf8Json.ToArray());
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var problem = Problem.Error(string.Empty, ProblemCodes.JsonSyntax, null, JsonText.SyntaxDetail(e)) with
            {
                Line = e.LineNumber + 1,
                Column = e.BytePositionInLine + 1,
            };
            return new ReportReadResult<T>(null, ImmutableArray.Create(problem));
        }
        catch (ArgumentException e)
        {
            return new ReportReadResult<T>(null, ImmutableArray.Create(Problem.Error(string.Empty, ProblemCodes.JsonEncoding, null, e.Message)));
        }

        using (document)
        {
            try
            {
                T? value = read(reader, document.RootElement);
                return new ReportReadResult<T>(value, reader.problems.ToImmutableArray());
            }
            catch (InvalidOperationException e)
            {
                // Every element is read after its kind is checked, so System.Text.Json throws here only for a string or
                // property name whose escapes are not valid UTF-16 (an escaped lone surrogate).
                return new ReportReadResult<T>(null, ImmutableArray.Create(Problem.Error(string.Empty, ProblemCodes.JsonEncoding, null, e.Message)));
            }
        }
    }

    internal static string Path(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    internal static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    internal bool HasErrors => problems.Count > 0;

    internal void Error(string path, string code, string? value, params string[] arguments)
    {
        if (problems.Count < MaxProblems)
        {
            problems.Add(Problem.Error(path, code, value, arguments));
        }
        else if (problems.Count == MaxProblems)
        {
            problems.Add(Problem.Error(string.Empty, ProblemCodes.ProblemLimit, null, MaxProblems.ToString(CultureInfo.InvariantCulture)));
        }
    }

    internal bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Error(path, ProblemCodes.JsonType, Raw(element), "object");
        return false;
    }

    internal JsonElement? Property(JsonElement parent, string name, string path, JsonValueKind kind, string expected)
    {
        string at = Path(path, name);
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out JsonElement value))
        {
            Error(at, ProblemCodes.Required, null);
            return null;
        }

        if (value.ValueKind != kind)
        {
            Error(at, ProblemCodes.JsonType, Raw(value), expected);
            return null;
        }

        return value;
    }

    internal JsonElement? Object(JsonElement parent, string name, string path) => Property(parent, name, path, JsonValueKind.Object, "object");

    internal JsonElement? Array(JsonElement parent, string name, string path) => Property(parent, name, path, JsonValueKind.Array, "array");

    internal string String(JsonElement parent, string name, string path) =>
        Property(parent, name, path, JsonValueKind.String, "string") is { } value ? value.GetString()! : string.Empty;

    internal long Count(JsonElement parent, string name, string path) =>
        Property(parent, name, path, JsonValueKind.Number, "number") is { } value ? Count(value, Path(path, name)) : 0;

    internal long Count(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long count) && count >= 0)
        {
            return count;
        }

        Error(path, ProblemCodes.JsonType, Raw(value), "integer >= 0");
        return 0;
    }

    internal double Number(JsonElement parent, string name, string path) =>
        Property(parent, name, path, JsonValueKind.Number, "number") is { } value ? Number(value, Path(path, name)) : 0;

    internal double? NullableNumber(JsonElement parent, string name, string path)
    {
        string at = Path(path, name);
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out JsonElement value))
        {
            Error(at, ProblemCodes.Required, null);
            return null;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            Error(at, ProblemCodes.JsonType, Raw(value), "number or null");
            return null;
        }

        return Number(value, at);
    }

    internal ImmutableArray<T> Items<T>(JsonElement parent, string name, string path, Func<JsonElement, string, T?> read)
        where T : class
    {
        if (Array(parent, name, path) is not { } array)
        {
            return [];
        }

        string at = Path(path, name);
        var items = ImmutableArray.CreateBuilder<T>(array.GetArrayLength());
        int i = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string itemPath = Index(at, i++);
            if (read(element, itemPath) is { } item)
            {
                items.Add(item);
            }
        }

        return items.ToImmutable();
    }

    internal static string Raw(JsonElement element)
    {
        string raw = element.GetRawText();
        return raw.Length > 60 ? raw[..57] + "..." : raw;
    }

    private double Number(JsonElement value, string path)
    {
        if (value.TryGetDouble(out double number) && double.IsFinite(number))
        {
            return number;
        }

        Error(path, ProblemCodes.JsonType, Raw(value), "finite number");
        return 0;
    }
}
