using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// The part of a sentence that reports one meeting: from <see cref="Start"/> to <see cref="End"/>, with the
/// word that names the encounter. A sentence with two meeting verbs joined by "and" ("had a videoconference
/// with A on Monday and talked by phone with B") reports two meetings; the second part
/// (<see cref="Continuation"/>) shares the subject of the first.
/// </summary>
internal sealed record MeetingClause(int Start, int End, Match Trigger, bool Continuation)
{
    // Characters between a meeting word and the nearest person for the two to read as one phrase.
    private const int NearEnough = 30;

    public static IReadOnlyList<MeetingClause> Split(SentenceView view)
    {
        var text = view.Text;
        // Only the few words before a trigger can name a forum ("the six-party talks"): look no further back.
        var triggers = MeetingCues.Trigger().Matches(text)
            .Where(t => !MeetingCues.ForumBefore().IsMatch(text.AsSpan(Math.Max(0, t.Index - 40), Math.Min(40, t.Index))))
            .Where(t => !(t.Value.Equals("welcomed", StringComparison.OrdinalIgnoreCase) && MeetingCues.WelcomedThing().IsMatch(text.AsSpan(t.Index + t.Length)))).ToList();
        if (triggers.Count == 0) return [];

        var starts = new List<int> { 0 };
        foreach (Match and in MeetingCues.VerbAfterAnd().Matches(text))
        {
            var next = starts[^1];
            if (and.Index <= next) continue;
            // A new verb phrase with its own meeting word, and no new subject before that word ("and X met Y" is
            // one clause with a compound subject).
            var own = triggers.FirstOrDefault(t => t.Index >= and.Index);
            if (own is null || !triggers.Any(t => t.Index >= next && t.Index < and.Index)) continue;
            if (view.People.Any(p => p.Start >= and.Index && p.Start < own.Index)) continue;
            starts.Add(and.Index);
        }

        var clauses = new List<MeetingClause>();
        for (var i = 0; i < starts.Count; i++)
        {
            var (start, end) = (starts[i], i + 1 < starts.Count ? starts[i + 1] : text.Length);
            var own = triggers.Where(t => t.Index >= start && t.Index < end).ToList();
            if (own.Count == 0) continue;
            clauses.Add(new MeetingClause(start, end, MainTrigger(view, own, start, end), i > 0));
        }
        return clauses;
    }

    // "a phone call between A and B" wins over other meeting words of the clause; after "the talks came a day
    // after", the meeting reported is the one after "after"; otherwise the meeting word nearest the people.
    private static Match MainTrigger(SentenceView view, List<Match> triggers, int start, int end)
    {
        var text = view.Text[..end];
        foreach (var t in triggers)
            if (MeetingCues.BetweenAfter().IsMatch(text, t.Index + t.Length)) return t;
        var came = MeetingCues.CameAfter().Match(text, start);
        if (came.Success)
            foreach (var t in triggers)
                if (t.Index > came.Index + came.Length) return t;
        // "After the talks, Kim will meet Morgulov": the meeting of the main clause, not of the opening phrase.
        if (triggers.Count > 1 && MeetingCues.FrontedPhrase().IsMatch(text[start..triggers[0].Index]))
            triggers = triggers.Skip(1).ToList();
        // A meeting word inside a quotation is the speaker's ("'We stand ready to continue our conversation,' he said
        // during a joint press conference with B"): one outside it is the sentence's own.
        var outside = triggers.Where(t => !Quoted(view.Text, t.Index)).ToList();
        if (outside.Count > 0 && outside.Count < triggers.Count) triggers = outside;
        // The first meeting word with a subject, someone close by or "with" after it ("the trip by X will include
        // a meeting with Y as well as discussions"; "relaunch their talks under an agreement that A and B made
        // during their meeting": the second).
        var people = view.People.Where(p => p.Start >= start && p.Start < end).ToList();
        if (people.Count == 0) return triggers[0];
        int Distance(Match t) => people.Min(p => p.Start >= t.Index + t.Length ? p.Start - t.Index - t.Length : Math.Max(0, t.Index - p.End));
        bool GroupSubject(Match t) => MeetingCues.GroupReference().Matches(text[start..t.Index])
            .Any(m => !m.Value.StartsWith("their", StringComparison.OrdinalIgnoreCase) && t.Index - start - m.Index - m.Length <= NearEnough);
        bool Close(Match t) => Distance(t) <= NearEnough || MeetingCues.WithAfter().IsMatch(view.Text, t.Index + t.Length) || GroupSubject(t);
        return triggers.FirstOrDefault(Close) ?? triggers[0];
    }

    // Inside "..." or “...” opened before the index and not yet closed.
    private static bool Quoted(string text, int index)
    {
        var straight = 0;
        for (var i = 0; i < index; i++)
            if (text[i] == '"') straight++;
        return straight % 2 == 1 || text.LastIndexOf('“', Math.Max(0, index - 1)) > text.LastIndexOf('”', Math.Max(0, index - 1));
    }
}
