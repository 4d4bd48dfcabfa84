using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Meetings;

// When a planned meeting whose clause names no time will take place. A plan is not news of the month it is
// reported in: "preparations for a call continue" or "the meetings will come amid talks on a deal" may be weeks
// off, and a careful reader leaves them undated. Only what the story ties the plan to dates it.
internal static partial class MeetingDate
{
    /// <summary>The month (or, after "after the talks", the day) the story ties a plan to; null when it ties it to nothing.</summary>
    private static PartialDate? PlanDate(IReadOnlyList<SentenceView> sentences, SentenceView view, MeetingClause clause, MeetingCandidate? last, DateOnly now)
    {
        var text = view.Text;
        var before = text[clause.Start..clause.Trigger.Index];
        // "After the talks, Kim will meet Morgulov": next on the programme of the day the story reports.
        if (AfterTheTalks().IsMatch(before) && StoryDay(sentences, view, now) is { } day) return day;
        var month = new PartialDate(now.Year, now.Month, null);
        // "After returning home on Thursday, Hwang is to meet Kim": the days another event of the sentence names.
        foreach (var d in view.Dates)
            if (DateResolver.Resolve(d, now, null, planned: true) is { } r && r.Start >= new DateOnly(now.Year, now.Month, 1))
                return new PartialDate(r.Year, r.Month, null);
        // "During the visit, the minister will hold talks with ...", "is currently in Kenya, where he is expected to meet":
        // the stay under way.
        if (Stay().IsMatch(text)) return month;
        // "Wu is also scheduled to meet ...": one more meeting of the programme just told.
        if (AlsoInClause().IsMatch(before) && last is { Status: "planned" } && (last.Date ?? last.Implied) is { } programme)
            return new PartialDate(programme.Year, programme.Month, null);
        // "Wang plans to visit Japan next week ... Wang plans a separate meeting with Suga": the time the story gave
        // its plans before. A phrase that names no month ("in the coming days" across a month's end) dates nothing.
        for (var i = view.Sentence.Index - 1; i >= 0 && i < sentences.Count; i--)
            foreach (var d in sentences[i].Dates.Reverse())
                if (Ahead(d))
                    return DateResolver.Resolve(d, now, null, planned: true) is { } r ? new PartialDate(r.Year, r.Month, null) : null;
        return null;
    }

    // A phrase that can only name a time to come: "next week", "later this week", "tomorrow", "in the coming days".
    private static bool Ahead(DateMention d) =>
        d.Kind switch
        {
            DateKind.WeeksFromNow or DateKind.MonthsFromNow or DateKind.DaysFromNow => d.Shift > 0 || d.Modifier == "later",
            DateKind.ComingDays => true,
            DateKind.Weekday or DateKind.Month => d.Modifier is "next" or "coming",
            _ => false,
        };

    [GeneratedRegex(@"^\W*(?:After|Following) (?:the|their|these|those|today's|the day's) (?:talks|meeting|meetings|discussions|consultations|session)\s*,", RegexOptions.IgnoreCase)]
    private static partial Regex AfterTheTalks();

    [GeneratedRegex(@"\balso\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoInClause();

    /// <summary>The visit or stay the plan is part of is under way.</summary>
    [GeneratedRegex(@"\b(?:during\s+(?:which|(?:the|his|her|their|its|this|that|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}(?:visit|trip|tour|stay|stop))|currently|(?:is|are)\s+(?:now\s+)?in\s+(?:the\s+)?(?-i:\p{Lu})\p{L}*|(?:is|are)\s+(?:now\s+)?on\s+an?\s+(?:[\p{L}-]+\s+){0,3}(?:visit|trip|tour)|has arrived|had arrived|arrived|touched down|visit here)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stay();
}
