using System;
using System.Collections.Generic;
using System.Text;

namespace DurableEmployability.ReportConsole.Rendering;

/// <summary>Draws bars with block characters, for the terminal and for Markdown.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class TextBars
{
    private static readonly string[] Eighths = [string.Empty, "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    private static readonly char[] Glyphs = ['█', '▓', '▒', '░', '·'];

    /// <summary>Draws a bar of a percentage, with eighth-character precision.</summary>
    /// <param name="percent">The value.</param>
    /// <param name="scale">The value that fills <paramref name="width"/> characters.</param>
    /// <param name="width">The width of a full bar.</param>
    /// <returns>The bar (empty for 0).</returns>
    public static string Bar(double percent, double scale, int width)
    {
        if (scale <= 0 || percent <= 0)
        {
            return string.Empty;
        }

        int eighths = (int)Math.Round(Math.Min(percent, scale) / scale * width * 8, MidpointRounding.AwayFromZero);
        return new string('█', eighths / 8) + Eighths[eighths % 8];
    }

    /// <summary>Returns the glyph of a segment of a stacked bar, so segments differ also without colour.</summary>
    /// <param name="index">The segment index.</param>
    /// <param name="count">The number of segments.</param>
    /// <returns>A shade character.</returns>
    public static char Glyph(int index, int count) => count <= 1
        ? Glyphs[0]
        : Glyphs[(int)Math.Round((double)index * (Glyphs.Length - 1) / (count - 1), MidpointRounding.AwayFromZero)];

    /// <summary>Splits a width over the segments of a stacked bar by the largest-remainder method.</summary>
    /// <param name="percents">The shares of the segments.</param>
    /// <param name="width">The total width.</param>
    /// <returns>The width of each segment; they sum to <paramref name="width"/> unless every share is 0.</returns>
    public static int[] Widths(IReadOnlyList<double> percents, int width)
    {
        ArgumentNullException.ThrowIfNull(percents);
        int[] widths = new int[percents.Count];
        double total = 0;
        foreach (double p in percents)
        {
            total += Math.Max(0, p);
        }

        if (total <= 0)
        {
            return widths;
        }

        double[] remainders = new double[widths.Length];
        int used = 0;
        for (int i = 0; i < widths.Length; i++)
        {
            double exact = Math.Max(0, percents[i]) / total * width;
            widths[i] = (int)Math.Floor(exact);
            remainders[i] = exact - widths[i];
            used += widths[i];
        }

        for (; used < width; used++)
        {
            int best = 0;
            for (int i = 1; i < remainders.Length; i++)
            {
                if (remainders[i] > remainders[best])
                {
                    best = i;
                }
            }

            widths[best]++;
            remainders[best] = -1;
        }

        return widths;
    }

    /// <summary>Draws a stacked bar with one shade per segment.</summary>
    /// <param name="percents">The shares of the segments.</param>
    /// <param name="width">The total width.</param>
    /// <returns>The bar.</returns>
    public static string Stacked(IReadOnlyList<double> percents, int width)
    {
        int[] widths = Widths(percents, width);
        var text = new StringBuilder(width);
        for (int i = 0; i < widths.Length; i++)
        {
            text.Append(Glyph(i, widths.Length), widths[i]);
        }

        return text.ToString();
    }
}
