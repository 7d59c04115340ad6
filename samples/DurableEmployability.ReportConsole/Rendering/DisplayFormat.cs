using System;
using System.Globalization;
using DurableEmployability.Catalog;

namespace DurableEmployability.ReportConsole.Rendering;

/// <summary>Formats numbers for display in the user's language, as the report prints them.</summary>
/// <remarks>
/// Percentages and means have one decimal (the report's precision), with a decimal comma in Dutch and a decimal
/// point in English; counts use a thousands separator (a dot in Dutch, a comma in English). The number formats are
/// built here rather than taken from the operating system's cultures, so the output is the same on every machine.
/// Immutable and thread-safe.
/// </remarks>
internal sealed class DisplayFormat
{
    private readonly NumberFormatInfo numbers;

    private DisplayFormat(Language language, string decimalSeparator, string groupSeparator)
    {
        Language = language;
        var info = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        info.NumberDecimalSeparator = decimalSeparator;
        info.NumberGroupSeparator = groupSeparator;
        info.PercentDecimalSeparator = decimalSeparator;
        info.PercentGroupSeparator = groupSeparator;
        info.NegativeSign = "−";
        numbers = NumberFormatInfo.ReadOnly(info);
    }

    /// <summary>Gets the Dutch format (decimal comma).</summary>
    public static DisplayFormat Dutch { get; } = new(Language.Dutch, ",", ".");

    /// <summary>Gets the English format (decimal point).</summary>
    public static DisplayFormat English { get; } = new(Language.English, ".", ",");

    /// <summary>Gets the language of the format.</summary>
    public Language Language { get; }

    /// <summary>Gets the number format of this language.</summary>
    public IFormatProvider Numbers => numbers;

    /// <summary>Returns the format of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The format.</returns>
    public static DisplayFormat For(Language language) => language == Language.English ? English : Dutch;

    /// <summary>Picks the Dutch or the English text.</summary>
    /// <param name="dutch">The Dutch text.</param>
    /// <param name="english">The English text.</param>
    /// <returns>The text in this format's language.</returns>
    public string Say(string dutch, string english) => Language == Language.English ? english : dutch;

    /// <summary>Gets a text of the library's catalogue in this language.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text in this format's language.</returns>
    public string Say(BilingualText text) => text.Get(Language);

    /// <summary>Formats a count.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The count with thousands separators.</returns>
    public string Count(long count) => count.ToString("#,0", numbers);

    /// <summary>Formats a percentage with one decimal, without the percent sign.</summary>
    /// <param name="percent">The percentage (0–100).</param>
    /// <returns>For example <c>25,6</c> in Dutch.</returns>
    public string Percent(double percent) => Math.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("0.0", numbers);

    /// <summary>Formats a mean with one decimal, or an en dash when it is undefined.</summary>
    /// <param name="mean">The mean, <see langword="null"/> when undefined.</param>
    /// <returns>For example <c>3,9</c> in Dutch, or <c>–</c>.</returns>
    public string Mean(double? mean) => mean is { } value ? Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", numbers) : "–";

    /// <summary>Formats a number with a fixed number of decimals, or an en dash when it is undefined.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The number of decimals.</param>
    /// <returns>The formatted value.</returns>
    public string Fixed(double? value, int decimals) => value is { } v ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), numbers) : "–";

    /// <summary>Formats a p-value: three decimals, or scientific notation below 0.001.</summary>
    /// <param name="p">The p-value.</param>
    /// <returns>For example <c>0,012</c> or <c>3,3·10^−95</c>.</returns>
    public string PValue(double? p)
    {
        if (p is not { } value)
        {
            return "–";
        }

        if (value >= 0.001 || value == 0)
        {
            return value.ToString("0.000", numbers);
        }

        int exponent = (int)Math.Floor(Math.Log10(value));
        double mantissa = value / Math.Pow(10, exponent);
        if (mantissa >= 9.95)
        {
            mantissa /= 10;
            exponent++;
        }

        return mantissa.ToString("0.0", numbers) + "·10^" + exponent.ToString(numbers);
    }

    /// <summary>Formats an interval of percentages or means as <c>low–high</c>, one decimal.</summary>
    /// <param name="low">The lower bound.</param>
    /// <param name="high">The upper bound.</param>
    /// <returns>For example <c>70,5–78,3</c>.</returns>
    public string Interval(double low, double high) => Mean(low) + "–" + Mean(high);
}
