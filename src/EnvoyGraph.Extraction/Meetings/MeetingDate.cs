using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// The date of a meeting a sentence reports. First the time phrase of the meeting's own clause: the one nearest
/// the meeting word with no clause about another event between them ("after the test last month", "the forum
/// which began Monday", "the ministry said Sunday"). Without one, what a reader infers: "the talks" are the
/// talks last reported and share their date; "also met" is a meeting of the same stay, so of its month. Failing
/// that, a meeting the story ties to the present (planned, "during the visit", "has met") is of the month of
/// publication: that month is only <see cref="MeetingCandidate.Implied"/>, used once merging has shown the
/// sentence is not just another report of a dated meeting.
/// </summary>
internal static partial class MeetingDate
{
    /// <param name="refersBack">The sentence names its participants by a group reference ("the two envoys").</param>
    /// <param name="last">The meeting last reported, whose date "the talks" and "a day after" refer to.</param>
    /// <param name="sentences">The article's sentences, for the sentences before this one.</param>
    /// <param name="filed">The month the article is filed under, when its day of publication is unknown.</param>
    public static (PartialDate? Date, PartialDate? Implied) Of(IReadOnlyList<SentenceView> sentences, SentenceView view, MeetingClause clause,
        DateOnly? published, MeetingCandidate? last, IReadOnlyList<int> participants, bool planned, bool refersBack, (int Year, int Month)? filed = null)
    {
        var text = view.Text;
        var trigger = clause.Trigger;
        if (OwnPhrase(view, clause) is { } own)
        {
            var anchor = EventAnchor(sentences, view, own, last, published);
            return (published is null && filed is { } filedMonth ? DateResolver.ResolveInMonth(own, filedMonth, anchor, planned) : DateResolver.Resolve(own, published, anchor, planned), null);
        }

        var before = text[clause.Start..trigger.Index];
        var definite = refersBack || MeetingCues.DefiniteBefore().IsMatch(text[..trigger.Index]);
        var shared = last?.Participants.Intersect(participants).Count() ?? 0;
        if (definite && last is not null && shared >= 2) return (last.Date, null);
        if (Earlier().IsMatch(text)) return (null, null);
        // "Lee also met with ...": another meeting of the stay just reported; which day is not said.
        var also = AlsoBefore().IsMatch(before);
        if (also && last?.Date is { } lastDate && shared >= 1 && !planned)
            return (new PartialDate(lastDate.Year, lastDate.Month, null), null);
        var previous = view.Sentence.Index > 0 && view.Sentence.Index <= sentences.Count ? sentences[view.Sentence.Index - 1] : null;
        var lastIsNear = last is not null && (last.Offset == view.Sentence.Offset || last.Offset == previous?.Sentence.Offset);
        // The sentence after a dated report, about the same people and with no time of its own, tells more of that
        // meeting: "the meeting" of one of them, or people the report only described ("the envoys of A and B").
        if (!also && lastIsNear && last!.Date is not null && (last.Status == "planned") == planned
            && (shared >= 2 || (shared >= 1 && (definite || !last.AllNamed))))
            return (last.Date, null);
        // A lead that dates talks without naming who held them ("the chief envoy held talks on Wednesday"), then a
        // sentence that names them; or the story's lead, when no meeting has been reported since.
        if (!also && !lastIsNear && !planned && previous is not null && LeadDate(previous, published, planned, filed) is { } lead) return (lead, null);
        if (!also && last is null && !planned && StoryLead(sentences, view, participants, published) is { } storyLead) return (storyLead, null);
        // "X is on a visit to co-chair the meeting with Y." then "The two countries on Wednesday agreed ... during the
        // meeting": the next sentence dates the same meeting while naming no one.
        if (!also && !planned && UnnamedSequel(sentences, view, published) is { } sequel) return (sequel, null);
        // "In Bangkok on Thursday, Pompeo urged ..." then "he said during a joint press conference with Don": the words
        // quoted were spoken at the meeting, on the day the sentence before gave them.
        if (!planned && SpeechSetting().IsMatch(before) && previous is not null && LastDay(previous, published) is { } spoken) return (spoken, null);
        // "Hochstein then headed to ... to meet ...": the narrative goes on from the last day it gave.
        if (Sequel().IsMatch(before) && NarrativeDay(sentences, view, last, published) is { } day) return (day, null);

        if (published is not { } now) return (null, null);
        var month = new PartialDate(now.Year, now.Month, null);
        if (planned) return (null, PlanDate(sentences, view, clause, last, now));
        // "He also met with ...": one more meeting of the stay the story reports (not "I also met", a memory).
        if (also && !FirstPerson().IsMatch(before)) return (null, month);
        if (Current().IsMatch(text) || RecentOtherEvent(view, clause, now)) return (null, month);
        return (null, null);
    }

    /// <summary>Candidates after merging: those still without a date take the month the story implies.</summary>
    public static IReadOnlyList<MeetingCandidate> Settle(IReadOnlyList<MeetingCandidate> meetings) =>
        meetings.Select(m => m.Date is null && m.Implied is not null ? m with { Date = m.Implied } : m).ToList();

    // The time phrase nearest the meeting word, inside its clause, with no clause about another event between.
    private static DateMention? OwnPhrase(SentenceView view, MeetingClause clause)
    {
        var text = view.Text;
        var trigger = clause.Trigger;
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in view.Dates)
        {
            if (d.Start < clause.Start || d.End > clause.End || CountingPeriod(text, d)) continue;
            var after = d.Start >= trigger.Index;
            var between = after ? text[(trigger.Index + trigger.Length)..d.Start] : text[d.End..trigger.Index];
            // "a meeting on Wednesday with A as well as talks with B": "as well as" joins, it opens no clause.
            between = between.Replace("as well as", "and", StringComparison.OrdinalIgnoreCase);
            if (MeetingCues.ClauseBreak().IsMatch(between) || OtherClause().IsMatch(between)) continue;
            if (!after && InLeadingClause(view, clause.Start, d, trigger.Index)) continue;
            // "to follow up on discussions in March and a phone call between A and B": the phrase dates the meeting
            // word right before it.
            if (!after && OtherMeetingBefore(text, d.Start, Math.Max(clause.Start, d.Start - 25))) continue;
            var distance = after ? d.Start - trigger.Index : trigger.Index - d.End;
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        return best;
    }

    // "After returning home on Thursday, Hwang is to meet ...", "Speaking on CNN on Sunday, he said he met ...":
    // a phrase in an opening adverbial clause dates that clause's event.
    private static bool InLeadingClause(SentenceView view, int clauseStart, DateMention d, int triggerIndex)
    {
        var text = view.Text;
        if (text.IndexOf(',', d.End, triggerIndex - d.End) < 0) return false;
        var segmentStart = Math.Max(clauseStart, text.LastIndexOf(',', Math.Max(0, d.Start - 1)) + 1);
        var opener = LeadingClauseOpener().Match(text[segmentStart..d.Start]);
        // "Beijing on Monday hosted ...": a place is not a participle.
        return opener.Success && !view.Places.Any(p => p.Start == segmentStart + opener.Groups["word"].Index);
    }

    private static bool OtherMeetingBefore(string text, int phraseStart, int from) =>
        MeetingCues.Trigger().Matches(text[from..phraseStart]).Any(m => NounThenPhrase().IsMatch(text.AsSpan(from + m.Index + m.Length, phraseStart - from - m.Index - m.Length)));

    [GeneratedRegex(@"^\s*(?:(?:in|on|at)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NounThenPhrase();

    /// <summary>"he said during a joint press conference with", "she told reporters at a meeting with": where words were spoken.</summary>
    [GeneratedRegex(@"\b(?:said|says|told (?:\w+ ){0,2}|added|stressed|noted)\s*(?:during|at|after)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechSetting();

    [GeneratedRegex(@"\balso\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoBefore();

    [GeneratedRegex(@"\b(?:I|[Ww]e)\b")]
    private static partial Regex FirstPerson();

    /// <summary>A relative clause or a report about the meeting: its time is the other verb's.</summary>
    [GeneratedRegex(@"\b(?:which|who|whom|whose|where|said|says|told|tells|added|announced|reported|confirmed|according to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherClause();

    [GeneratedRegex(@"^\s*(?<word>(?:after|before|upon|since|while|when|following|ahead of|prior to)\b|(?!during\b)\p{L}+ing\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingClauseOpener();

    /// <summary>The meeting is told of as past, before the story's events.</summary>
    [GeneratedRegex(@"\b(?:earlier|previously|formerly|once|in the past|had (?:met|held|talked|spoken|visited)|first met)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Earlier();

    /// <summary>The meeting belongs to the visit or the days the story reports.</summary>
    [GeneratedRegex(@"\b(?:during (?:the|his|her|their|its|this|a|that)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour|stay|stop)|(?:concluded|ended|wrapped up|wound up|completed) (?:his|her|their|a|the) (?:[\w-]+\s+){0,3}(?:visit|trip|tour)|(?:has|have) (?:also )?(?:met|held|had|talked|spoken|hosted|received))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Current();
}
