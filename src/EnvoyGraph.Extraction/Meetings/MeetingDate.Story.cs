using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Meetings;

// What the rest of the story says about when a meeting without a time phrase of its own took place: the lead,
// the narrative so far, other events of the sentence.
internal static partial class MeetingDate
{
    // Another event of the sentence dated to the last few days of this month ("the forum which began Monday",
    // "the ministry said Sunday"): the meeting is news of the same days, unless the sentence puts it before that
    // event ("arrived on Monday, three weeks after they held talks").
    private static bool RecentOtherEvent(SentenceView view, MeetingClause clause, DateOnly now)
    {
        var trigger = clause.Trigger;
        foreach (var d in view.Dates)
        {
            if (DateResolver.Resolve(d, now, null, planned: false) is not { Day: not null } r
                || r.Start > now || r.Start < now.AddDays(-7) || r.Month != now.Month || r.Year != now.Year) continue;
            var earlierThanIt = d.Start < trigger.Index
                ? SinceWords().IsMatch(view.Text[d.End..trigger.Index])
                : BeforeWords().IsMatch(view.Text[(trigger.Index + trigger.Length)..d.Start]);
            if (!earlierThanIt) return true;
        }
        return false;
    }

    // The date a meeting sentence gives when it names no one to hold it.
    // In an article known only by the month it is filed under, the month such a sentence gives.
    private static PartialDate? LeadDate(SentenceView previous, DateOnly? published, bool planned, (int Year, int Month)? filed = null)
    {
        foreach (var clause in MeetingClause.Split(previous))
            if (OwnPhrase(previous, clause) is { } phrase)
            {
                if (published is null && filed is { } month) { if (DateResolver.ResolveInMonth(phrase, month, null, planned) is { } inMonth) return inMonth; }
                else if (DateResolver.Resolve(phrase, published, null, planned) is { Day: not null } date) return date;
            }
        return null;
    }

    // The last day a sentence names for a past event.
    private static PartialDate? LastDay(SentenceView sentence, DateOnly? published)
    {
        foreach (var d in sentence.Dates.Reverse())
            if (DateResolver.Resolve(d, published, null, planned: false) is { Day: not null } day) return day;
        return null;
    }

    // The day the next sentence gives "the meeting" it reports without naming anyone.
    private static PartialDate? UnnamedSequel(IReadOnlyList<SentenceView> sentences, SentenceView view, DateOnly? published)
    {
        var i = view.Sentence.Index + 1;
        if (i >= sentences.Count || sentences[i].People.Count > 0 || !SameMeeting().IsMatch(sentences[i].Text)) return null;
        return LeadDate(sentences[i], published, planned: false);
    }

    // The day the story's lead gives its meeting, when the lead names one of these people.
    private static PartialDate? StoryLead(IReadOnlyList<SentenceView> sentences, SentenceView view, IReadOnlyList<int> participants, DateOnly? published)
    {
        for (var i = 0; i < view.Sentence.Index && i < sentences.Count; i++)
        {
            var clauses = MeetingClause.Split(sentences[i]);
            if (clauses.Count == 0) continue;
            if (!sentences[i].People.Any(p => participants.Contains(p.Person))) return null;
            return LeadDate(sentences[i], published, planned: false);
        }
        return null;
    }

    /// <summary>
    /// The day "a day after", "later in the day" or "nearly three weeks after" count from: a day the sentence names
    /// before the phrase ("arrived on Monday, nearly three weeks after Kim held talks"); else the meeting last reported,
    /// unless that was a recap of an earlier one ("their first talks on Saturday"), after which "later in the day"
    /// is back on the story's day; else the last day the narrative gave.
    /// </summary>
    private static PartialDate? EventAnchor(IReadOnlyList<SentenceView> sentences, SentenceView view, DateMention phrase, MeetingCandidate? last, DateOnly? published)
    {
        if (phrase.Kind is not (DateKind.DaysFromEvent or DateKind.WeeksFromEvent)) return last?.Date;
        foreach (var d in view.Dates.Reverse())
            if (d.End <= phrase.Start && d.Kind is not (DateKind.DaysFromEvent or DateKind.WeeksFromEvent)
                && DateResolver.Resolve(d, published, null, planned: false) is { Day: not null } day)
                return day;
        if (last?.Date is { Day: not null } lastDay)
        {
            if (phrase.Kind == DateKind.DaysFromEvent && phrase.Shift == 0 && Recap().IsMatch(last.Evidence)
                && published is { } now && StoryDay(sentences, view, now) is { } storyDay && storyDay.Start > lastDay.Start)
                return storyDay;
            return lastDay;
        }
        return NarrativeDay(sentences, view, null, published);
    }

    // The day of the story's meeting: the first sentence with a meeting word that dates it to a day.
    private static PartialDate? StoryDay(IReadOnlyList<SentenceView> sentences, SentenceView view, DateOnly now)
    {
        for (var i = 0; i < view.Sentence.Index && i < sentences.Count; i++)
            if (LeadDate(sentences[i], now, planned: false) is { } day) return day;
        return null;
    }

    // The day of the last meeting reported, else the last day a sentence of the three before gave.
    private static PartialDate? NarrativeDay(IReadOnlyList<SentenceView> sentences, SentenceView view, MeetingCandidate? last, DateOnly? published)
    {
        if (last?.Date is { Day: not null } day && view.Sentence.Index - SentenceAt(sentences, last.Offset) <= 3) return day;
        for (var i = view.Sentence.Index - 1; i >= 0 && i >= view.Sentence.Index - 3; i--)
            foreach (var d in sentences[i].Dates.Reverse())
                if (DateResolver.Resolve(d, published, null, planned: false) is { Day: not null } r) return r;
        return null;
    }

    private static int SentenceAt(IReadOnlyList<SentenceView> sentences, int offset) =>
        sentences.FirstOrDefault(s => s.Sentence.Offset == offset)?.Sentence.Index ?? int.MinValue / 2;

    /// <summary>"during the meeting", "the two foreign ministers": the meeting just told, not another.</summary>
    [GeneratedRegex(@"\b(?:the|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|session|consultations?|discussions?)\b|\bthe two (?:sides|countries|ministers|envoys)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameMeeting();

    /// <summary>"their first phone talks", "their previous meeting": a meeting recalled, not the story's news.</summary>
    [GeneratedRegex(@"\btheir (?:first|previous|last|earlier|prior) ", RegexOptions.IgnoreCase)]
    private static partial Regex Recap();

    /// <summary>"then", "headed directly to": the next step of the narrative told so far.</summary>
    [GeneratedRegex(@"\b(?:then|directly|immediately|afterwards|afterward|subsequently|after that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sequel();

    /// <summary>"after", "since", "to follow up on": what comes after these words happened before the event dated.</summary>
    [GeneratedRegex(@"\b(?:after|since|following|follow(?:s|ed|ing)? up on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceWords();

    [GeneratedRegex(@"\b(?:before|ahead of|prior to|until)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeWords();
}
