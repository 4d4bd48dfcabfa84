using EnvoyGraph.Extraction.Facts;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// Fifth stage: one encounter reported by several sentences becomes one meeting. Candidates with the
/// same people, date and status merge; so does one whose people are all within a larger meeting on the
/// same date ("the nuclear envoys" of a three-way talk). A stated mode (phone, video) beats the default,
/// a named location beats none, and the evidence is the sentence that names the people.
/// </summary>
internal static class MeetingMerger
{
    public static IReadOnlyList<MeetingCandidate> Merge(IReadOnlyList<MeetingCandidate> candidates)
    {
        var merged = new List<MeetingCandidate>();
        foreach (var c in candidates)
        {
            var same = merged.FindIndex(m => m.Status == c.Status && SameDate(m, c) && SameOrWithin(c, m));
            if (same < 0)
            {
                var larger = merged.FindIndex(m => m.Status == c.Status && SameDate(m, c) && c.Date is not null && SameOrWithin(m, c));
                if (larger >= 0) { merged[larger] = Combine(c, merged[larger]); continue; }
                merged.Add(c);
                continue;
            }
            merged[same] = Combine(merged[same], c);
        }
        // A report with no date of people who met on a date the article gives is most likely that meeting.
        return merged.Where(m => m.Date is not null || m.Earlier || !merged.Any(d => d.Date is not null && d.Status == m.Status
            && d.Participants.Count == m.Participants.Count && m.Participants.All(d.Participants.Contains))).ToList();
    }

    // Equal dates; or a month and a day in it when the month-dated report did not name its people (a lede's "the
    // envoys of A and B held talks", the people found by country) — the day-dated report is the same meeting.
    private static bool SameDate(MeetingCandidate a, MeetingCandidate b)
    {
        if (a.Earlier != b.Earlier) return false;
        if (Equals(a.Date, b.Date)) return true;
        if (Month(a) is not { } x || Month(b) is not { } y || x.Year != y.Year || x.Month != y.Month) return false;
        return x.Day is null ? !a.AllNamed : y.Day is null && !b.AllNamed;
    }

    // The date, or for a report that did not name its people the month the story implies.
    private static PartialDate? Month(MeetingCandidate c) => c.Date ?? (c.AllNamed ? null : c.Implied);

    private static bool SameOrWithin(MeetingCandidate inner, MeetingCandidate outer) =>
        inner.Participants.All(outer.Participants.Contains) && (Month(inner) is not null || inner.Participants.Count == outer.Participants.Count);

    // Keeps the larger participant set; the better-stated details from either.
    private static MeetingCandidate Combine(MeetingCandidate kept, MeetingCandidate other)
    {
        var people = kept.Participants.Count >= other.Participants.Count ? kept.Participants : other.Participants;
        var (mode, stated) = kept.ModeStated || !other.ModeStated ? (kept.Mode, kept.ModeStated) : (other.Mode, other.ModeStated);
        var evidence = kept.AllNamed || !other.AllNamed ? kept : other;
        return kept with
        {
            Participants = people,
            Date = kept.Date is null or { Day: null } && other.Date is { Day: not null } ? other.Date : kept.Date ?? other.Date,
            Mode = mode,
            ModeStated = stated,
            Location = kept.Location ?? other.Location,
            Evidence = evidence.Evidence,
            Offset = evidence.Offset,
            AllNamed = kept.AllNamed || other.AllNamed,
        };
    }
}
