using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace DurableEmployability.Tests.Reference;

/// <summary>Reads shared/reference/phase1-published.json at test time and compares computed numbers with the printed ones.</summary>
internal static class PublishedReference
{
    private const string RelativePath = "shared/reference/phase1-published.json";
    private static readonly Lazy<JsonDocument> Document = new(Load);

    public static JsonElement Root => Document.Value.RootElement;

    public static JsonElement Table(string id) =>
        Root.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);

    /// <summary>The table's rows that are not total rows.</summary>
    public static List<JsonElement> Rows(string id) =>
        [.. Table(id).GetProperty("rows").EnumerateArray().Where(r => !r.TryGetProperty("row_type", out _))];

    public static JsonElement TotalRow(string id, string property = "rows") =>
        Table(id).GetProperty(property).EnumerateArray().Single(r => r.TryGetProperty("row_type", out _));

    public static JsonElement Value(JsonElement row, string column) => row.GetProperty("values").GetProperty(column);

    public static int Count(JsonElement row, string column) => Value(row, column).GetInt32();

    public static string Key(JsonElement row) => row.GetProperty("key_nl").GetString()!;

    public static string Code(JsonElement row) => row.GetProperty("code").GetString()!;

    /// <summary>The inconsistency recorded for a table cell, if any (row matched by prefix, column by containment).</summary>
    public static JsonElement? Inconsistency(string table, string row, string column)
    {
        foreach (JsonElement inc in Root.GetProperty("inconsistencies").EnumerateArray())
        {
            if (inc.GetProperty("table").ValueKind == JsonValueKind.String && inc.GetProperty("table").GetString() == table
                && inc.GetProperty("row").ValueKind == JsonValueKind.String && (inc.GetProperty("row").GetString() == row || inc.GetProperty("row").GetString()!.StartsWith(row + " (", StringComparison.Ordinal))
                && inc.GetProperty("column").ValueKind == JsonValueKind.String
                && inc.GetProperty("column").GetString()!.Split(", ").Contains(column))
            {
                return inc;
            }
        }

        return null;
    }

    /// <summary>Rounds half up (away from zero for the non-negative values used here) to the printed precision of <paramref name="printed"/>.</summary>
    public static decimal RoundLike(JsonElement printed, decimal actual)
    {
        string raw = printed.GetRawText();
        int dot = raw.IndexOf('.', StringComparison.Ordinal);
        int decimals = dot < 0 ? 0 : raw.Length - dot - 1;
        return Math.Round(actual, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Asserts that <paramref name="actual"/>, rounded half up to the printed precision, equals the printed value of
    /// <paramref name="column"/> in <paramref name="row"/>; where the report's own arithmetic is wrong
    /// (a recorded inconsistency), asserts the correct value and that the report printed the named wrong one.
    /// </summary>
    public static void AssertPrinted(string table, JsonElement row, string column, decimal actual)
    {
        JsonElement printed = Value(row, column);
        decimal rounded = RoundLike(printed, actual);
        string context = $"{table} row '{Key(row)}' column {column}";
        if (Inconsistency(table, Key(row), column) is JsonElement inc)
        {
            Assert.True(inc.GetProperty("printed").GetDecimal() == printed.GetDecimal(), $"{context}: the report prints {printed} (inconsistency {inc.GetProperty("id").GetString()})");
            Assert.True(inc.GetProperty("expected").GetDecimal() == rounded, $"{context}: correct value {rounded}, the report's expected {inc.GetProperty("expected")}");
            Assert.NotEqual(printed.GetDecimal(), rounded);
        }
        else
        {
            Assert.True(printed.GetDecimal() == rounded, $"{context}: printed {printed.GetRawText()}, computed {actual.ToString(CultureInfo.InvariantCulture)} → {rounded}");
        }
    }

    /// <summary>Asserts a count (exact).</summary>
    public static void AssertCount(string table, JsonElement row, string column, int actual) =>
        Assert.True(Count(row, column) == actual, $"{table} row '{Key(row)}' column {column}: printed {Count(row, column)}, computed {actual}");

    public static decimal Percent(int count, int total) => 100m * count / total;

    private static JsonDocument Load()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return JsonDocument.Parse(File.ReadAllText(candidate));
            }
        }

        throw new InvalidOperationException(
            $"The published reference '{RelativePath}' was not found in any directory above '{AppContext.BaseDirectory}'. "
            + "Check out the shared folder beside the repository (../shared relative to the repository root).");
    }
}
