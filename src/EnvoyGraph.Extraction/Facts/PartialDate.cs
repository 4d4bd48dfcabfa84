using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EnvoyGraph.Extraction.Facts;

/// <summary>How much of a date an article gives.</summary>
public enum DatePrecision { Day, Month }

/// <summary>
/// A date known to the day (<c>2017-10-19</c>) or only to the month (<c>2017-10</c>).
/// Parsed and printed in one place; ordering puts a month before the days inside it.
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int? Day) : IComparable<PartialDate>
{
    public DatePrecision Precision => Day is null ? DatePrecision.Month : DatePrecision.Day;

    /// <summary>The first day the value can stand for.</summary>
    public DateOnly Start => new(Year, Month, Day ?? 1);

    /// <summary>The last day the value can stand for.</summary>
    public DateOnly End => Day is { } d ? new(Year, Month, d) : new DateOnly(Year, Month, 1).AddMonths(1).AddDays(-1);

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialDate? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            value = FromDate(d);
            return true;
        }
        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
        {
            value = new PartialDate(m.Year, m.Month, null);
            return true;
        }
        return false;
    }

    /// <exception cref="FormatException">The text is neither YYYY-MM-DD nor YYYY-MM; the message quotes it.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var v) ? v.Value : throw new FormatException($"'{text}' is not a date: expected YYYY-MM-DD or YYYY-MM");

    public int CompareTo(PartialDate other)
    {
        var c = (Year, Month).CompareTo((other.Year, other.Month));
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public override string ToString() => Day is { } d
        ? $"{Year:D4}-{Month:D2}-{d:D2}"
        : $"{Year:D4}-{Month:D2}";
}
