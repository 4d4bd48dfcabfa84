using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Meetings;

// Time phrases of a meeting clause that are not the date of the meeting the clause reports: a period meetings
// are counted over ("their third consultation this month"), and the own days of further meetings the clause
// lists ("following a session on April 6 and phone talks on April 13").
internal static partial class MeetingDate
{
    /// <summary>
    /// The days of the other meetings of the same people the clause lists after its own, each a meeting word with a
    /// day of its own: "It is their third meeting, following a session in Oslo on April 6 and a call on April 13".
    /// </summary>
    public static IReadOnlyList<(PartialDate Day, string Mode)> Listed(SentenceView view, MeetingClause clause, DateOnly? published, PartialDate? own)
    {
        var text = view.Text;
        var trigger = clause.Trigger;
        var after = trigger.Index + trigger.Length;
        var list = ListOpener().Match(text, after, clause.End - after);
        if (!list.Success) return [];
        var days = new List<(PartialDate Day, string Mode)>();
        var from = list.Index + list.Length;
        foreach (Match other in MeetingCues.Trigger().Matches(text[..clause.End], list.Index + list.Length))
        {
            if (!MeetingNoun().IsMatch(other.Value)) continue;
            var to = other.Index + other.Length;
            var phrase = view.Dates.FirstOrDefault(d => d.Start >= to && d.Start - to <= 40);
            if (phrase is null || MeetingCues.ClauseBreak().IsMatch(text[to..phrase.Start]) || OtherClause().IsMatch(text[to..phrase.Start])) continue;
            if (DateResolver.Resolve(phrase, published, null, planned: false) is { Day: not null } day && !Equals(day, own) && !days.Any(d => Equals(d.Day, day)))
            {
                // The item's own words tell its mode: "a bilateral session" in person, "phone talks" by phone.
                var item = text[from..to];
                days.Add((day, MeetingCues.Video().IsMatch(item) ? "video" : MeetingCues.Phone().IsMatch(item) ? "phone" : "in_person"));
            }
            from = phrase.End;
        }
        return days;
    }

    /// <summary>Where the clause's list of other dated meetings begins (the sentence's length when it lists none): their
    /// words ("phone talks on April 13") tell nothing of the mode of the clause's own meeting.</summary>
    public static int ListStart(SentenceView view, MeetingClause clause, DateOnly? published)
    {
        if (Listed(view, clause, published, null).Count == 0) return view.Text.Length;
        var after = clause.Trigger.Index + clause.Trigger.Length;
        return ListOpener().Match(view.Text, after, clause.End - after).Index;
    }

    // "third consultation this month", "the second time in three months": a count over a period, not a date.
    private static bool CountingPeriod(string text, DateMention d) =>
        d.Kind is DateKind.MonthsFromNow or DateKind.WeeksFromNow or DateKind.Vague && Ordinal().IsMatch(text.AsSpan(0, d.Start));

    [GeneratedRegex(@"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|meetings|talks|consultation|consultations|session|call|conversation|summit|time|round|encounter)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    /// <summary>"following", "after", "on top of": the meetings named next came before the one the clause reports.</summary>
    [GeneratedRegex(@"\b(?:following|after|on top of|in addition to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListOpener();

    [GeneratedRegex(@"^(?:meeting|meetings|talks|discussion|discussions|consultations?|conversation|phone call|telephone call|phone conversation|session|sessions|dialogue|summit|video ?conference|videoconference)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingNoun();
}
