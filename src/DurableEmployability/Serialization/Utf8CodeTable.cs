using System;
using System.Text;
using System.Text.Json;
using DurableEmployability.Catalog;

namespace DurableEmployability.Serialization;

/// <summary>A catalogue list with its codes as UTF-8, to match JSON strings and property names without allocating.</summary>
/// <typeparam name="T">The type of catalogue entry.</typeparam>
internal sealed class Utf8CodeTable<T>
    where T : class, ICatalogEntry
{
    private readonly byte[][] codes;

    internal Utf8CodeTable(CatalogList<T> list)
    {
        List = list;
        codes = new byte[list.Count][];
        for (int i = 0; i < list.Count; i++)
        {
            codes[i] = Encoding.UTF8.GetBytes(list[i].Code);
        }
    }

    internal CatalogList<T> List { get; }

    internal int Count => codes.Length;

    /// <summary>Returns the catalogue order of the current string or property name, or -1 when it is not a code of the list.</summary>
    internal int Find(ref Utf8JsonReader reader)
    {
        for (int i = 0; i < codes.Length; i++)
        {
            if (JsonText.ValueEquals(ref reader, codes[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Returns the catalogue order of an unescaped UTF-8 code, or -1 when it is not a code of the list, comparing from
    /// <paramref name="hint"/> on (then from the start): codes written in catalogue order are found at the first try.
    /// </summary>
    internal int Find(ReadOnlySpan<byte> utf8, int hint = 0)
    {
        int n = codes.Length;
        if ((uint)hint >= (uint)n)
        {
            hint = 0;
        }

        for (int i = hint; i < n; i++)
        {
            if (utf8.SequenceEqual(codes[i]))
            {
                return i;
            }
        }

        for (int i = 0; i < hint; i++)
        {
            if (utf8.SequenceEqual(codes[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
