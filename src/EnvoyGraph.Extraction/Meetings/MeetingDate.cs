using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// The date of a meeting a sentence reports: the time phrase of the meeting's own clause (nearest the trigger
/// word with no clause break between), resolved against publication. A sentence that only refers back to talks
/// already reported ("the talks", "they") with no time phrase of its own carries that meeting's date.
/// </summary>
internal static class MeetingDate
{
    /// <param name="refersBack">The sentence names its participants by a group reference ("the two envoys").</param>
    /// <param name="last">The meeting last reported, whose date "the talks" and "a day after" refer to.</param>
    public static PartialDate? Of(SentenceView view, Match trigger, DateOnly? published, MeetingCandidate? last,
        IReadOnlyList<int> participants, bool planned, bool refersBack)
    {
        if (OwnPhrase(view, trigger) is { } own)
            return DateResolver.Resolve(own, published, last?.Date, planned);
        var definite = refersBack || MeetingCues.DefiniteBefore().IsMatch(view.Text[..trigger.Index]);
        return definite && last is not null && last.Participants.Intersect(participants).Count() >= 2 ? last.Date : null;
    }

    // The time phrase nearest the trigger with no clause break between them: "met on Tuesday after the test
    // last month" gives Tuesday, not last month.
    private static DateMention? OwnPhrase(SentenceView view, Match trigger)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in view.Dates)
        {
            var between = d.Start >= trigger.Index
                ? view.Text[(trigger.Index + trigger.Length)..d.Start]
                : view.Text[d.End..trigger.Index];
            if (MeetingCues.ClauseBreak().IsMatch(between)) continue;
            var distance = d.Start >= trigger.Index ? d.Start - trigger.Index : trigger.Index - d.End;
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        return best;
    }
}
