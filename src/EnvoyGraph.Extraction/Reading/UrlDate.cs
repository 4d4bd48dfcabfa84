using System.Text.RegularExpressions;

namespace EnvoyGraph.Extraction.Reading;

/// <summary>
/// Dates in an article's URL. Sites write them in many ways (<c>/2019/09/26/</c>, <c>/2012/mar/11/</c>,
/// <c>/2010-08/26/</c>, <c>-20220921-</c>, an id like <c>AEN20190926006100325</c>, a query value like
/// <c>ud=20130917000720</c>); what they share is a plausible calendar date at the start of a run of digits:
/// a year 1990–2039, then a real month and day. Only the path and query are read, never the host.
/// </summary>
internal static partial class UrlDate
{
    /// <summary>The day the URL gives, or null.</summary>
    public static DateOnly? Day(string url)
    {
        foreach (Match m in DayPattern().Matches(PathOf(url)))
            if (CalendarWords.TryDate(int.Parse(m.Groups["y"].Value), MonthOf(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value)) is { } day)
                return day;
        return null;
    }

    /// <summary>The year and month the URL gives (from a day, or a <c>/2020/01/</c> path alone).</summary>
    public static (int Year, int Month)? YearMonth(string url)
    {
        if (Day(url) is { } day) return (day.Year, day.Month);
        var m = YearMonthPattern().Match(PathOf(url));
        return m.Success ? (int.Parse(m.Groups["y"].Value), MonthOf(m.Groups["m"].Value)) : null;
    }

    /// <summary>The year the URL gives: from a date, or a path segment that is only a year (<c>/2018/</c>).</summary>
    public static int? Year(string url)
    {
        if (YearMonth(url) is { } ym) return ym.Year;
        var m = YearSegment().Match(PathOf(url));
        return m.Success ? int.Parse(m.Groups["y"].Value) : null;
    }

    // "https://host.example:8080/path?query" → "/path?query"; a URL without a scheme is all path.
    private static string PathOf(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0) return url;
        var slash = url.IndexOfAny(['/', '?', '#'], scheme + 3);
        return slash < 0 ? "" : url[slash..];
    }

    private static int MonthOf(string text) => char.IsDigit(text[0]) ? int.Parse(text) : CalendarWords.Month(text);

    private const string YearDigits = @"(?<y>199\d|20[0-3]\d)";
    private const string Sep = @"[/_.\-]";
    private const string MonthName = @"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    // Separated ("2019/09/26", "2012/mar/11", "2010-08/26"): the day ends its digit run. Glued ("20190926"): any
    // digits may follow, as in ids and timestamps that start with the day.
    // Month first, in words ("-march-3-2021", a week's round-up "-may-07-14-2021": its last day, the earliest the
    // page can have been published).
    [GeneratedRegex(@"(?<!\d)" + YearDigits + @"(?:" + Sep + @"(?<m>\d{1,2}|" + MonthName + @")" + Sep + @"(?<d>\d{1,2})(?!\d)|(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01]))"
        + @"|(?<![\p{L}\d])(?<m>" + MonthName + @")[-_](?:\d{1,2}[-_])?(?<d>\d{1,2})[-_]" + YearDigits + @"(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"(?<!\d)" + YearDigits + Sep + @"(?<m>0[1-9]|1[0-2]|" + MonthName + @")(?![\d\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex YearMonthPattern();

    [GeneratedRegex(@"/" + YearDigits + @"(?=[/?#]|$)")]
    private static partial Regex YearSegment();
}
