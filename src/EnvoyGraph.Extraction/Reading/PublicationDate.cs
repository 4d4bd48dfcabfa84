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
        DateOnly? urlDate = url is null ? null : UrlDate.Day(url);
        var urlMonth = url is null ? null : UrlDate.YearMonth(url);
        int? urlYear = url is null ? null : UrlDate.Year(url);

        foreach (var line in headerLines)
            if (Published().Match(line) is { Success: true } m && FullDate.First(line[(m.Index + m.Length)..]) is { } labelled)
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

        // A day in the URL is the day the site filed the story under; an "Updated" stamp may be later.
        if (urlDate is not null) return urlDate;

        foreach (var line in headerLines)
            if (OtherLabel().Match(line) is { Success: true } m && FullDate.First(line[(m.Index + m.Length)..]) is { } labelled)
                return labelled;

        // A date standing alone on a header line ("13:40 September 10, 2019") is the page's own date, unless the
        // URL files the story under another month: then it is the day the page was fetched or a sidebar's.
        bool Credible(DateOnly d) =>
            urlMonth is { } ym ? (d.Year, d.Month) == ym : urlYear is not { } y || d.Year == y;
        foreach (var line in headerLines)
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && FullDate.First(line) is { } standing && Credible(standing))
                return standing;
        // A date after its weekday ("... 2 minutes ago Thu 02nd April 2020 | 12:15 PM") is a page stamp even on a
        // long line: a sentence would say "on Thursday, April 2".
        foreach (var line in headerLines)
            foreach (var (date, index) in FullDate.FindAll(line))
                if (WeekdayBefore().IsMatch(line[..index]) && !SentenceEnd().IsMatch(line) && Credible(date))
                    return date;

        // Past the header, only a line that is little more than a date counts: a sentence that holds a date
        // tells of an event, not of the page.
        foreach (var line in earlyLines ?? [])
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && FullDate.First(line) is { } standing && Credible(standing))
                return standing;
        // Last: an embedded post the story reports ("... — Foreign Ministry (@KSAmofaEN) April 14, 2024"). The story is
        // news of the latest such post, so written in the days after it: near enough to place "on Sunday".
        return Embedded().Matches(wholeText).Select(m => FullDate.First(m.Groups["date"].Value)).Where(d => d is { } e && Credible(e)).Max();
    }

    /// <summary>The signature of an embedded social-media post: "— Name (@handle) Month D, YYYY".</summary>
    [GeneratedRegex(@"[—–-]\s*[^\n()—–]{1,60}\(@\w{1,15}\)\s*(?<date>" + CalendarWords.MonthPattern + @"\s*\d{1,2},\s*(?:19|20)\d\d)")]
    private static partial Regex Embedded();

    /// <summary>How many characters a dateline opening the text takes ("SEOUL, Sept. 26 (Yonhap) --"), else 0.</summary>
    public static int DatelineLength(string text) => Dateline().Match(text) is { Success: true } m ? m.Length : 0;

    [GeneratedRegex(@"(?i)\b(?:published|posted|publish\s*date|date\s*published|this story is from|first published)\b|^\s*date\b")]
    private static partial Regex Published();
    [GeneratedRegex(@"(?i)\b(?:updated|last updated|date|time)\b")]
    private static partial Regex OtherLabel();
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L} .'’\-]{1,40}(?:\s*\[[\p{L} ]+\])?,\s+(?<mon>" + CalendarWords.MonthPattern + @")\s*(?<day>\d{1,2})(?:,\s*(?<year>(?:19|20)\d\d)(?!\d)|\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-|:))")]
    private static partial Regex Dateline();
    [GeneratedRegex(@"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s*$")]
    private static partial Regex WeekdayBefore();
    [GeneratedRegex(@"[.!?][""”’')]*$")]
    private static partial Regex SentenceEnd();
    [GeneratedRegex(@"(?<=\s)(?:\p{Lu}{2,}(?:[ /-]\p{Lu}{2,})*|\p{Lu}\p{Ll}+(?:\s*\[[\p{L} ]+\])?),\s+" + CalendarWords.MonthPattern + @"\s*\d{1,2}(?:,\s*(?:19|20)\d\d)?\s*\([^)]{1,40}\)\s*(?:--|—|–|-|:)")]
    public static partial Regex DatelineAnywhere();
    /// <summary>"MANILA — ", "NEW DELHI: ", "BEIJING (Yonhap News) ― ": a place stamp before the story.</summary>
    [GeneratedRegex(@"^\p{Lu}{3,}(?:[ /-]\p{Lu}{2,})*\s*(?:\([^)]{1,30}\))?\s*(?:—|–|―|-{1,2}|:)\s*(?=\p{Lu})")]
    public static partial Regex PlaceStamp();
}
