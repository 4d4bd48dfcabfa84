using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Reading;

namespace EnvoyGraph.Extraction.Mentions;

/// <summary>Finds time phrases in a sentence: full and partial dates, weekdays, and relative phrases.</summary>
internal static partial class DateFinder
{
    // Every time phrase contains one of these; most sentences can skip the big pattern.
    private static readonly System.Buffers.SearchValues<string> Cues = System.Buffers.SearchValues.Create(
        ["day", "week", "month", "year", "night", "morning", "afternoon", "evening", "tomorrow", "jan", "feb", "mar", "apr", "may", "jun",
         "jul", "aug", "sep", "oct", "nov", "dec", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"], StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<DateMention> Find(string sentence)
    {
        var found = new List<DateMention>();
        if (sentence.AsSpan().IndexOfAny(Cues) < 0) return found;
        // The dateline dates the report, not anything the sentence tells.
        var dateline = PublicationDate.DatelineLength(sentence);
        foreach (Match m in Pattern().Matches(sentence))
        {
            if (m.Index < dateline) continue;
            var g = m.Groups;
            DateMention? d = null;
            if (g["fm"].Success)
                d = new(m.Index, m.Index + m.Length, DateKind.FullDate, int.Parse(g["fy"].Value), CalendarWords.Month(g["fm"].Value), int.Parse(g["fd"].Value));
            else if (g["gm"].Success)
                d = new(m.Index, m.Index + m.Length, DateKind.FullDate, int.Parse(g["gy"].Value), CalendarWords.Month(g["gm"].Value), int.Parse(g["gd"].Value));
            else if (g["mdm"].Success)
                d = new(m.Index, m.Index + m.Length, DateKind.MonthDay, 0, CalendarWords.Month(g["mdm"].Value), int.Parse(g["mdd"].Value));
            else if (g["dmm"].Success)
                d = new(m.Index, m.Index + m.Length, DateKind.MonthDay, 0, CalendarWords.Month(g["dmm"].Value), int.Parse(g["dmd"].Value));
            else if (g["mm"].Success)
                d = new(m.Index, m.Index + m.Length, DateKind.Month, g["my"].Success ? int.Parse(g["my"].Value) : 0, CalendarWords.Month(g["mm"].Value),
                    Modifier: g["mlast"].Success ? "last" : g["mnext"].Success ? "next" : "");
            else if (g["wd"].Success)
                d = new(m.Index, m.Index + m.Length, DateKind.Weekday, Weekday: CalendarWords.Weekday(g["wd"].Value),
                    Modifier: g["wmod"].Success ? g["wmod"].Value.ToLowerInvariant() : "");
            else if (g["rel"].Success)
                d = Relative(m.Index, m.Index + m.Length, g["rel"].Value.ToLowerInvariant(), sentence);
            if (d is not null) found.Add(d);
        }
        return found;
    }

    private static DateMention? Relative(int start, int end, string phrase, string sentence)
    {
        phrase = Spaces().Replace(phrase, " ");
        // "Later this week": only ahead of the report, which a plan's date needs to know.
        var later = phrase.StartsWith("later ", StringComparison.Ordinal) ? "later" : "";
        if (phrase.EndsWith(" days", StringComparison.Ordinal) || phrase.EndsWith(" days ahead", StringComparison.Ordinal)) return new(start, end, DateKind.ComingDays);
        if (phrase is "later today") return new(start, end, DateKind.DaysFromNow, Shift: 0, Modifier: later);
        if (phrase is "today" or "earlier today" or "later today" or "this morning" or "this afternoon" or "this evening" or "tonight")
            return new(start, end, DateKind.DaysFromNow, Shift: 0);
        if (phrase is "yesterday" or "last night" or "late yesterday" or "yesterday evening")
            return new(start, end, DateKind.DaysFromNow, Shift: -1);
        if (phrase is "tomorrow") return new(start, end, DateKind.DaysFromNow, Shift: 1);
        // "Later in the day, A spoke with B": the day of the event just told.
        if (phrase.EndsWith(" day", StringComparison.Ordinal) && (phrase.Contains("same") || phrase.Contains(" in the ") || phrase.Contains(" that ")))
            return new(start, end, DateKind.DaysFromEvent, Shift: 0);
        if (phrase.EndsWith("weekend", StringComparison.Ordinal))
            return new(start, end, DateKind.Weekend, Shift: phrase.StartsWith("last", StringComparison.Ordinal) ? -1 : phrase.StartsWith("next", StringComparison.Ordinal) ? 1 : 0);
        // "The following week": a week after some event the reader cannot always place.
        if (phrase.StartsWith("the ", StringComparison.Ordinal) && (phrase.EndsWith("week", StringComparison.Ordinal) || phrase.EndsWith("month", StringComparison.Ordinal)))
            return new(start, end, DateKind.Vague);
        if (phrase.EndsWith("week", StringComparison.Ordinal))
            return new(start, end, DateKind.WeeksFromNow, Shift: phrase.StartsWith("last", StringComparison.Ordinal) || phrase.StartsWith("earlier last", StringComparison.Ordinal) ? -1 : phrase.StartsWith("next", StringComparison.Ordinal) ? 1 : 0, Modifier: later);
        if (phrase.EndsWith("month", StringComparison.Ordinal))
            return new(start, end, DateKind.MonthsFromNow, Shift: phrase.Contains("last") ? -1 : phrase.StartsWith("next", StringComparison.Ordinal) ? 1 : 0, Modifier: later);
        if (phrase.EndsWith("year", StringComparison.Ordinal) || Regex.IsMatch(phrase, @"^(?:in )?(?:19|20)\d\d$")) return new(start, end, DateKind.Vague);
        // "nearly three weeks after Kim held talks": weeks from the event the sentence dates, never to the day.
        if (WeeksApart().Match(phrase) is { Success: true } weeks)
        {
            var count = Count(weeks.Groups["n"].Value);
            var earlier = weeks.Groups["dir"].Value is "before" or "earlier" or "ago"
                || (weeks.Groups["dir"].Value == "after" && !CameAfter().IsMatch(sentence[..start]));
            return new(start, end, DateKind.WeeksFromEvent, Shift: earlier ? -count : count, Modifier: weeks.Groups["dir"].Value == "ago" ? "now" : "");
        }
        // "a day after/earlier/later", "the next day", "two days earlier".
        var days = phrase.StartsWith("two", StringComparison.Ordinal) ? 2 : phrase.StartsWith("three", StringComparison.Ordinal) ? 3 : 1;
        var before = phrase.EndsWith("earlier", StringComparison.Ordinal) || phrase.EndsWith("before", StringComparison.Ordinal) || phrase.EndsWith("ago", StringComparison.Ordinal);
        if (phrase.EndsWith("ago", StringComparison.Ordinal)) return new(start, end, DateKind.DaysFromNow, Shift: -days);
        if (phrase.EndsWith("after", StringComparison.Ordinal))
        {
            // "The talks came a day after they met": the event named after "after" is the earlier one.
            var lead = sentence[..start];
            before = CameAfter().IsMatch(lead);
        }
        return new(start, end, DateKind.DaysFromEvent, Shift: before ? -days : days);
    }

    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:" +
        @"(?<fm>" + CalendarWords.MonthPattern + @")\s*(?<fd>\d{1,2})(?:st|nd|rd|th)?,\s*(?<fy>(?:19|20)\d\d)" +
        @"|(?<gd>\d{1,2})(?:st|nd|rd|th)?\s+(?<gm>" + CalendarWords.MonthPattern + @"),?\s+(?<gy>(?:19|20)\d\d)" +
        @"|(?<mdm>" + CalendarWords.MonthPattern + @")\s*(?<mdd>\d{1,2})(?:st|nd|rd|th)?(?![\d:])" +
        @"|(?<dmd>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmm>" + CalendarWords.MonthPattern + @")" +
        @"|(?:(?:early|mid|late|earlier|later|the end of|end of|the beginning of|beginning of|(?<mlast>last)|(?<mnext>next)|in|since|until|by|from)[\s-]+(?:in\s+)?)(?<mm>January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(?<my>(?:19|20)\d\d))?" +
        @"|(?<mm>January|February|March|April|June|July|August|September|October|November|December)\s+(?<my>(?:19|20)\d\d)" +
        @"|(?:(?<wmod>last|next|this|this past|coming|late|early)\s+(?:on\s+)?)?(?<wd>" + CalendarWords.WeekdayPattern + @")" +
        @"|(?<rel>(?:earlier |later )?today|this (?:morning|afternoon|evening)|tonight|(?:late )?yesterday(?: evening)?|last night|tomorrow" +
        @"|(?:earlier |later )?(?:last|this|next) (?:week|month|year)|earlier (?:this|last) (?:week|month)|later this (?:week|month)|(?:early|late) last (?:month|year)" +
        @"|(?:a|one|two|three) days? (?:after|earlier|later|before|ago)|the (?:next|following|previous) day|the day (?:after|before)|the (?:next|following|previous) (?:week|month)" +
        @"|(?:later|earlier) (?:in the|that) day|(?:in|over|during) the (?:coming|next few|next several) days|in the days ahead|(?:on )?the same day|(?:over|during|at) the weekend|(?:last|this|next|past) weekend" +
        @"|(?:(?:nearly|about|almost|some|roughly|around|more than|less than|just over|over|barely) )?(?:a|one|two|three|four|five|six|[1-9]) weeks? (?:after|before|earlier|later|ago)" +
        @"|in (?:19|20)\d\d)" +
        @")(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    private static int Count(string word) => word switch
    {
        "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, _ => int.Parse(word),
    };

    [GeneratedRegex(@"(?<n>a|one|two|three|four|five|six|[1-9]) weeks? (?<dir>after|before|earlier|later|ago)$")]
    private static partial Regex WeeksApart();

    /// <summary>"The talks came a day after ...": the event named after "after" is the earlier one.</summary>
    [GeneratedRegex(@"\b(?:came|comes|come|followed|follows|was held|took place)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CameAfter();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
