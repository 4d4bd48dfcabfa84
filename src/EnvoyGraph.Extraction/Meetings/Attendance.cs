using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// Sentences that add people to a meeting already reported instead of reporting a new one: "A and B attended
/// the talks", "the gathering was attended by A, B and C" (after "X hosted the ministers' meeting"), "the
/// delegation, led by X, included A and B" (X's meeting), and "his round of talks included A, B and C" (one
/// meeting of his with each).
/// </summary>
internal static class Attendance
{
    /// <summary>The meeting the sentence enlarges (already replaced in <paramref name="found"/>), or null.</summary>
    /// <param name="last">The meeting last reported.</param>
    /// <param name="host">A gathering with only its host named so far, if reported after <paramref name="last"/>.</param>
    public static MeetingCandidate? Join(SentenceView view, MeetingCandidate? last, MeetingCandidate? host, List<MeetingCandidate> found)
    {
        var text = view.Text;
        var named = view.People.Select(p => p.Person).Distinct().ToList();
        if (named.Count == 0) return null;

        if (MeetingCues.HisRoundIncluded().Match(text) is { Success: true } round && last is not null && found.Count > 0)
        {
            var guests = view.People.Where(p => p.Start > round.Index).Select(p => p.Person).Distinct().Where(p => p != last.Participants[0]).ToList();
            if (guests.Count == 0) return null;
            // A round of talks spans days: the day of the meeting last reported is not the day of each.
            // With the last report undated, the month of the envoy's latest dated meeting.
            var owner = last.Participants[0];
            var dated = last.Date ?? last.Implied ?? found.LastOrDefault(f => f.Participants.Contains(owner) && f.Date is not null)?.Date;
            var month = dated is { } day ? day with { Day = null } : (PartialDate?)null;
            foreach (var guest in guests)
                found.Add(last with { Participants = [owner, guest], Date = month, Evidence = text, Offset = view.Sentence.Offset, AllNamed = false });
            return found[^1];
        }

        if (MeetingCues.DelegationLedBy().Match(text) is { Success: true } delegation)
        {
            var leaderEnd = delegation.Groups["leader"].Index + delegation.Groups["leader"].Length;
            var leaders = view.People.Where(p => p.Start >= delegation.Groups["leader"].Index && p.Start < leaderEnd).Select(p => p.Person).ToList();
            var met = found.LastOrDefault(m => m.Participants.Intersect(leaders).Any());
            if (met is null) return null;
            return Enlarge(found, met, view.People.Where(p => p.Start > leaderEnd).Select(p => p.Person), view);
        }

        if (MeetingCues.JoinedTheTalks().IsMatch(text))
        {
            var meeting = host ?? last;
            return meeting is null ? null : Enlarge(found, meeting, named, view);
        }
        return null;
    }

    private static MeetingCandidate? Enlarge(List<MeetingCandidate> found, MeetingCandidate meeting, IEnumerable<int> people, SentenceView view)
    {
        var added = people.Distinct().Where(p => !meeting.Participants.Contains(p)).ToList();
        if (added.Count == 0 || meeting.Participants.Count + added.Count < 2) return null;
        var enlarged = meeting with { Participants = [.. meeting.Participants, .. added] };
        var at = found.IndexOf(meeting);
        if (at >= 0) found[at] = enlarged;
        else found.Add(enlarged with { Evidence = view.Text, Offset = view.Sentence.Offset });
        return enlarged;
    }
}
