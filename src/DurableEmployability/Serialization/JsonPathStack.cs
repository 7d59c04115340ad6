using System.Globalization;
using System.Text;

namespace DurableEmployability.Serialization;

/// <summary>
/// The path of the value being read, as a stack of property names and array indices; the text
/// (<c>participants[17].monitor3.opportunities.policy</c>) is built only when a problem is reported.
/// </summary>
internal sealed class JsonPathStack
{
    private string?[] names = new string?[16];
    private int[] indices = new int[16];
    private int count;

    internal int Count => count;

    internal void Clear() => count = 0;

    internal void Push(string name)
    {
        Grow();
        names[count] = name;
        indices[count] = -1;
        count++;
    }

    internal void Push(int index)
    {
        Grow();
        names[count] = null;
        indices[count] = index;
        count++;
    }

    internal void Pop() => count--;

    internal void Truncate(int depth) => count = depth;

    /// <summary>Returns the path, or <c>$</c> when the stack is empty.</summary>
    internal string Build() => Build(null);

    /// <summary>Returns the path of a child property of the current value.</summary>
    internal string Build(string? child)
    {
        if (count == 0 && child is null)
        {
            return "$";
        }

        var sb = new StringBuilder(64);
        for (int i = 0; i < count; i++)
        {
            AppendSegment(sb, names[i], indices[i]);
        }

        if (child is not null)
        {
            AppendSegment(sb, child, -1);
        }

        return sb.ToString();
    }

    internal static string Child(string parent, string name) => parent.Length == 0 || parent == "$" ? name : parent + "." + name;

    internal static string Index(string parent, int index) => (parent == "$" ? string.Empty : parent) + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static void AppendSegment(StringBuilder sb, string? name, int index)
    {
        if (name is null)
        {
            sb.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        else
        {
            if (sb.Length > 0)
            {
                sb.Append('.');
            }

            sb.Append(name);
        }
    }

    private void Grow()
    {
        if (count == names.Length)
        {
            System.Array.Resize(ref names, count * 2);
            System.Array.Resize(ref indices, count * 2);
        }
    }
}
