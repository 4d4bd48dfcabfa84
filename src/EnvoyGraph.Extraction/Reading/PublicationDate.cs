using System.Text.RegularExpressions;

namespace EnvoyGraph.Extraction.Reading;

/// <summary>
/// The day an article was published, read from the page: a labelled date ("Published : Oct 19, 2017",
/// " date 2020-04-08", "Publish Date: 18:50 - 23 November 2021"), a dateline ("SEOUL, Sept. 10 (Yonhap) --"),
/// a date standing in the page header, or a date in the URL. Null when none is credible: dates are then
/// resolved only when the text spells out the year.
/// </summary>
internal static partial class PublicationDate
{
    /// <param name="earlyLines">The page's first lines, body included: a short line that is only a date
    /// ("23 October, 2022", "Thu 02nd April 2020 | 12:15 PM") often sits just under the lead.</param>
    public static DateOnly? Find(IReadOnlyList<string> headerLines, string? url, string wholeText, IReadOnlyList<string>? earlyLines = null)
    {
        var header = string.Join("\n", headerLines);
        DateOnly? urlDate = url is null ? null : FromUrl(url);
        int? urlYear = url is null ? null : UrlYear(url);

        foreach (var label in new[] { Published(), OtherLabel() })
            foreach (var line in headerLines)
                if (label.Match(line) is { Success: true } m && FullDate.First(line[(m.Index + m.Length)..]) is { } labelled)
                    return labelled;

        foreach (var line in headerLines)
            if (Dateline().Match(line) is { Success: true } m)
            {
                var month = CalendarWords.Month(m.Groups["mon"].Value);
                var day = int.Parse(m.Groups["day"].Value);
                int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value)
                    // A dateline gives no year: the URL's, else that of a full date elsewhere in the page.
                    : urlYear ?? FullDate.FindAll(wholeText).Select(x => (int?)x.Date.Year).FirstOrDefault();
                if (year is { } y && CalendarWords.TryDate(y, month, day) is { } d) return d;
            }

        // A date standing alone on a header line ("13:40 September 10, 2019") is the page's own date.
        foreach (var line in headerLines)
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && FullDate.First(line) is { } standing)
                return standing;

        if (urlDate is not null) return urlDate;

        // Past the header, only a line that is little more than a date counts: a sentence that holds a date
        // tells of an event, not of the page.
        foreach (var line in earlyLines ?? [])
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && FullDate.First(line) is { } standing)
                return standing;
        return null;
    }

    public static DateOnly? FromUrl(string url)
    {
        var m = UrlDate().Match(url);
        return m.Success
            ? CalendarWords.TryDate(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value))
            : null;
    }

    private static int? UrlYear(string url) => UrlYearPattern().Match(url) is { Success: true } m ? int.Parse(m.Groups["y"].Value) : null;

    [GeneratedRegex(@"(?i)\b(?:published|posted|publish\s*date|date\s*published|this story is from|first published)\b|^\s*date\b")]
    private static partial Regex Published();
    [GeneratedRegex(@"(?i)\b(?:updated|last updated|date|time)\b")]
    private static partial Regex OtherLabel();
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L} .'’\-]{1,40}(?:\s*\[[\p{L} ]+\])?,\s+(?<mon>" + CalendarWords.MonthPattern + @")\s*(?<day>\d{1,2})(?:,\s*(?<year>(?:19|20)\d\d))?\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-|:)")]
    private static partial Regex Dateline();
    [GeneratedRegex(@"(?<=\s)(?:\p{Lu}{2,}(?:[ /-]\p{Lu}{2,})*|\p{Lu}\p{Ll}+(?:\s*\[[\p{L} ]+\])?),\s+" + CalendarWords.MonthPattern + @"\s*\d{1,2}(?:,\s*(?:19|20)\d\d)?\s*\([^)]{1,40}\)\s*(?:--|—|–|-|:)")]
    public static partial Regex DatelineAnywhere();
    /// <summary>"MANILA — ", "NEW DELHI: ", "BEIJING (Yonhap News) ― ": a place stamp before the story.</summary>
    [GeneratedRegex(@"^\p{Lu}{3,}(?:[ /-]\p{Lu}{2,})*\s*(?:\([^)]{1,30}\))?\s*(?:—|–|―|-{1,2}|:)\s*(?=\p{Lu})")]
    public static partial Regex PlaceStamp();
    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d\d)[/_-]?(?<m>0[1-9]|1[0-2])[/_-]?(?<d>0[1-9]|[12]\d|3[01])(?!\d{3})")]
    private static partial Regex UrlDate();
    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)(?:[/_-]|$)")]
    private static partial Regex UrlYearPattern();
}
