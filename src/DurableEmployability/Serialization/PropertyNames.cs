using System.Text;
using System.Text.Json;

namespace DurableEmployability.Serialization;

/// <summary>The property names of one object of the dataset format, as strings (for paths) and UTF-8 (for matching).</summary>
internal sealed class PropertyNames
{
    private readonly byte[][] utf8;

    internal PropertyNames(params string[] names)
    {
        Names = names;
        utf8 = new byte[names.Length][];
        for (int i = 0; i < names.Length; i++)
        {
            utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }

        List = string.Join(", ", names);
    }

    internal string[] Names { get; }

    /// <summary>Gets the names joined by ", ", for messages.</summary>
    internal string List { get; }

    internal string this[int index] => Names[index];

    /// <summary>Returns the index of the current property name, or -1.</summary>
    internal int Find(ref Utf8JsonReader reader)
    {
        for (int i = 0; i < utf8.Length; i++)
        {
            if (JsonText.ValueEquals(ref reader, utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
