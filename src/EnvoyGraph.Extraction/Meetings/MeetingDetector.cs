using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Coreference;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Extraction.Mentions;
using EnvoyGraph.Extraction.Roles;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// Fourth stage: sentences that report an encounter become meeting candidates. Participants are the people
/// the sentence names, plus those it refers back to ("they", "the two sides", "the envoys" = the people of
/// the meeting last reported) or names by country ("the envoys of South Korea and Japan"). The date is chosen
/// by <see cref="MeetingDate"/>. Denied or wished-for meetings give nothing.
/// </summary>
internal sealed class MeetingDetector(Lexicon lexicon)
{
    /// <param name="filed">The month the article is filed under when its day is not known (its URL's): the month of
    /// "on Wednesday" and "yesterday".</param>
    public IReadOnlyList<MeetingCandidate> Detect(IReadOnlyList<SentenceView> sentences, Cast cast, IReadOnlyList<PersonProfile> profiles, DateOnly? published,
        (int Year, int Month)? filed = null)
    {
        var found = new List<MeetingCandidate>();
        MeetingCandidate? last = null;
        // "X hosted the ministers' meeting", "X is to meet the intelligence chiefs": one person so far, completed
        // by those who attended or by "the meetings with A and B" in the next sentences.
        MeetingCandidate? host = null;
        var hostSentence = 0;
        var separateBefore = false;
        var topics = Topics.Of(sentences, profiles, lexicon);
        foreach (var view in sentences)
        {
            // "held separate talks with A and B" in a lede, then "met A and B" with the details.
            var separateHere = MeetingCues.Separate().IsMatch(view.Text);
            // "During the visit, Wu met Pak, Kim and Kim": a visitor's programme is a round of meetings.
            var separate = separateHere || separateBefore || MeetingCues.DuringVisit().IsMatch(view.Text);
            separateBefore = separateHere;
            if (MeetingCues.RoundCompleted().IsMatch(view.Text)) Completed(found);
            if (Attendance.Join(view, last, host, found) is { } joined)
            {
                last = joined;
                continue;
            }
            if (host is not null && view.Sentence.Index - hostSentence > 2) host = null;
            IReadOnlyList<int> subject = [];
            foreach (var clause in MeetingClause.Split(view))
            {
                var candidate = Candidate(sentences, view, clause, clause.Continuation ? subject : [], found, last, host, cast, profiles, topics, published, filed, out var clauseSubject);
                if (!clause.Continuation) subject = clauseSubject;
                if (candidate is null) continue;
                if (candidate.Participants.Count < 2)
                {
                    (host, hostSentence) = (candidate, view.Sentence.Index);
                    continue;
                }
                foreach (var meeting in Bilaterals(view, clause, subject, candidate, profiles, separate))
                    found.Add(meeting);
                // "following a session on April 6 and a call on April 13": earlier meetings of the same people.
                foreach (var (day, mode) in MeetingDate.Listed(view, clause, published, candidate.Date))
                    found.Add(candidate with { Date = day, Implied = null, Mode = mode, ModeStated = mode != "in_person", Status = published is { } on && day.Start > on ? "planned" : "held" });
                // "met B for the second time": they had met before, on a day this sentence does not give.
                if (MeetingCues.NthTime().IsMatch(view.Text[clause.Start..clause.End]) && candidate.Participants.Count == 2)
                    found.Add(candidate with { Date = null, Implied = null, Status = "held", Mode = "in_person", ModeStated = false, Location = null, Earlier = true });
                last = candidate;
                host = null;
            }
        }
        return found;
    }

    // "After completing his round of meetings": a meeting expected earlier in the story (undated, or on the day of
    // the meetings held before it) has taken place, on that day.
    private static void Completed(List<MeetingCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var expected = found[i];
            if (expected.Status != "planned") continue;
            var held = found.Take(i).LastOrDefault(f => f.Status == "held" && f.Participants.Intersect(expected.Participants).Any());
            if (held is null || (expected.Date is not null && !Equals(expected.Date, held.Date))) continue;
            found[i] = expected with { Status = "held", Date = held.Date };
        }
    }

    // One clause's meeting; one participant only when the clause hosts or chairs a gathering others attend.
    private MeetingCandidate? Candidate(IReadOnlyList<SentenceView> sentences, SentenceView view, MeetingClause clause, IReadOnlyList<int> inherited, List<MeetingCandidate> found,
        MeetingCandidate? last, MeetingCandidate? host, Cast cast, IReadOnlyList<PersonProfile> profiles, Topics topics, DateOnly? published, (int Year, int Month)? filed, out IReadOnlyList<int> subject)
    {
        var text = view.Text;
        var trigger = clause.Trigger;
        // "In the talks with X, Japan does not intend ...": the meeting's people are those of the opening phrase.
        if (MeetingCues.FrontedPhrase().IsMatch(text[clause.Start..trigger.Index]) && text.IndexOf(',', trigger.Index, clause.End - trigger.Index) is > 0 and var comma)
            clause = clause with { End = comma };
        // "Sources close to A told reporters that the envoy met B": the subject comes after the reported speech.
        var subjectFrom = MeetingCues.ParticipantClauseBreak().Matches(text[..trigger.Index]).Where(m => m.Index >= clause.Start && MeetingCues.ReportedClause().IsMatch(text.AsSpan(m.Index)))
            .Select(m => m.Index).DefaultIfEmpty(clause.Start).Max();
        subject = view.People.Where(p => p.Start >= subjectFrom && p.Start < trigger.Index && !IsPrincipal(view, p)).Select(p => p.Person).Distinct().ToList();
        var windowStart = Math.Max(clause.Start, trigger.Index - 60);
        var window = text[windowStart..Math.Min(clause.End, trigger.Index + trigger.Length + 12)];
        var lead = text[Math.Max(clause.Start, trigger.Index - 45)..trigger.Index];
        var hostsGathering = MeetingCues.Hosted().IsMatch(text[clause.Start..clause.End]);
        // "received special envoy of the United Arab Emirates (UAE), Minister of Foreign Affairs X": titles can be long.
        if (trigger.Value.ToLowerInvariant() is "received" or "hosted" or "welcomed" && !hostsGathering && !view.People.Any(p => p.Start > trigger.Index && p.Start - trigger.Index < 100)) return null;
        var before = ClauseOf(text, clause.Start, trigger.Index);
        if (MeetingCues.Negation().IsMatch(lead) || MeetingCues.Speculation().IsMatch(before) || MeetingCues.VagueObject().IsMatch(before)
            || before.Contains("neither ", StringComparison.OrdinalIgnoreCase)) return null;

        var clauseEnd = ClauseEnd(text, trigger.Index, clause.End);
        var planned = (MeetingCues.Planned().IsMatch(window) && !MeetingCues.PastPurpose().IsMatch(window)) || PlannedPhrase(view)
            || MeetingCues.PlannedAfter().IsMatch(text[(trigger.Index + trigger.Length)..clauseEnd]);
        var between = Between(view, trigger);
        var named = between ?? PeopleOfClause(view, clause, trigger.Index);
        var participants = new List<int>(between is null ? inherited : []);
        participants.AddRange(named.Where(p => !participants.Contains(p)));
        // "he" as subject; a person named earlier in the sentence but outside this part of it ("X visited Seoul in
        // December, when he held talks with A and B") is who "he" most likely is.
        if (between is null && !subject.Any(participants.Contains) && inherited.Count == 0 && MeetingCues.PronounSubject().IsMatch(text[clause.Start..trigger.Index])
            && Salience.Person(cast, view.Sentence.Index, subject.Count == 0 ? clause.Start : trigger.Index, participants, topics) is { } he)
        {
            participants.Insert(0, he);
            subject = [he];
        }
        var group = MeetingCues.GroupReference().Match(text[clause.Start..clauseEnd]);
        var threeWay = MeetingCues.ThreeWay().IsMatch(text);
        var referred = (threeWay ? found.LastOrDefault(f => f.Participants.Count >= 3) ?? last : last)?.Participants;
        if (group.Success && group.Value.EndsWith("leaders", StringComparison.OrdinalIgnoreCase))
            referred = RecentLeaders(view, cast, profiles);
        if (group.Success && referred is not null && (named.Count < 2 || threeWay || Regex.IsMatch(text, @"\balso (?:involving|including|joined|attended|with)\b")))
        {
            participants.AddRange(referred.Where(p => !participants.Contains(p)));
            if (subject.Count == 0) subject = referred;
        }
        // "The meetings with A and B will come ...": the meeting just announced with no one named.
        if (host is not null && subject.Count == 0 && inherited.Count == 0 && participants.Count >= 1 && !participants.Contains(host.Participants[0])
            && MeetingCues.DefiniteBefore().IsMatch(text[clause.Start..trigger.Index]) && MeetingCues.WithAfter().IsMatch(text, trigger.Index + trigger.Length))
        {
            participants.Insert(0, host.Participants[0]);
            subject = [host.Participants[0]];
            planned |= host.Status == "planned";
        }
        if (participants.Count < 2)
            foreach (var p in CountryGroup(view, profiles, cast))
                if (!participants.Contains(p)) participants.Add(p);
        // "discussions led by A and B": one side only.
        if (MeetingCues.LedBy().Match(text, trigger.Index, clause.End - trigger.Index) is { Success: true } ledBy
            && view.People.Where(p => participants.Contains(p.Person) && p.Start >= clause.Start && p.Start < clause.End).All(p => p.Start > ledBy.Index))
            return null;
        if (participants.Count == 0 || (participants.Count == 1 && !hostsGathering && !MeetingCues.MeetVerb().IsMatch(trigger.Value))) return null;

        // "the vision agreed upon during the Japan-China summit": an earlier meeting of those the phrase names (if it
        // names them), already over; the clause's own people were not said to be at it.
        if (MeetingCues.AgreedAtMeeting().Match(text, clause.Start, trigger.Index - clause.Start) is { Success: true } agreed)
        {
            var inside = view.People.Where(p => p.Start >= agreed.Index && p.Start < trigger.Index).Select(p => p.Person).Distinct().ToList();
            if (inside.Count < 2) return null;
            (participants, subject, planned) = (inside, inside, false);
        }
        // "A statement said the discussions centered on ...": the meeting last reported, not another one.
        if (last is not null && participants.All(last.Participants.Contains) && Regex.IsMatch(text[clause.Start..trigger.Index], @"\bthe\s+$", RegexOptions.IgnoreCase)
            && MeetingCues.DescribedAfter().IsMatch(text.AsSpan(trigger.Index + trigger.Length)))
            return null;
        var (date, implied) = MeetingDate.Of(sentences, view, clause, published, last, participants, planned, group.Success, filed);
        // A meeting on a day after publication cannot have been held yet.
        if (date is { Day: not null } day && published is { } on && day.Start > on) planned = true;
        var status = planned ? "planned" : "held";
        // The mode is this clause's, up to a listed meeting of its own or a clause of another event ("received B in
        // Ankara, a day after the two spoke by phone" is in person; "spoke by phone with A and met B" has two modes).
        var modeEnd = Math.Min(clause.End, MeetingDate.ListStart(view, clause, published));
        if (modeEnd > trigger.Index && MeetingCues.OtherEventAfter().Match(text, trigger.Index, modeEnd - trigger.Index) is { Success: true } other)
            modeEnd = other.Index;
        var modeText = modeEnd > clause.Start ? text[clause.Start..modeEnd] : text[..modeEnd];
        var mode = MeetingCues.Video().IsMatch(modeText) ? "video" : MeetingCues.Phone().IsMatch(modeText) ? "phone" : "in_person";
        var stated = mode != "in_person" || MeetingCues.InPerson().IsMatch(modeText);
        return new MeetingCandidate(participants, date, mode, stated, Location(view), status,
            view.Text, view.Sentence.Offset, named.Count >= 2) { Implied = implied };
    }

    // "A met B, C and D", "A is to meet B and C": one person meeting several in turn is a round of separate
    // meetings, unless the text calls it joint (trilateral, together, a delegation, a conference).
    // Officials of one country met together are one meeting ("met the army chief and the foreign minister").
    private static IEnumerable<MeetingCandidate> Bilaterals(SentenceView view, MeetingClause clause, IReadOnlyList<int> subject, MeetingCandidate meeting, IReadOnlyList<PersonProfile> profiles, bool separate)
    {
        var trigger = clause.Trigger;
        var objects = view.People.Where(p => p.Start > trigger.Index && p.Start < clause.End && meeting.Participants.Contains(p.Person))
            .Select(p => p.Person).Distinct().Except(subject).ToList();
        var countries = objects.Select(o => profiles[o].Country).Distinct().ToList();
        var oneHost = countries is [{ } country] && subject.Count == 1 && profiles[subject[0]].Country != country && !separate;
        if (subject.Count != 1 || objects.Count < 2 || meeting.Participants.Count != objects.Count + 1 || oneHost
            || MeetingCues.Joint().IsMatch(view.Text) || !MeetingCues.MeetVerb().IsMatch(trigger.Value))
        {
            yield return meeting;
            yield break;
        }
        foreach (var other in objects)
            yield return meeting with { Participants = [subject[0], other] };
    }

    // The text of the clause before the trigger back to the last clause break: "Observers said that A and B might have ...".
    // A quotation closed before the trigger is someone's words, not the clause's ("'We stand ready to talk,' he
    // said during a joint press conference with B").
    private static string ClauseOf(string text, int start, int triggerIndex)
    {
        var before = text[start..triggerIndex];
        var closed = Math.Max(before.LastIndexOf('”'), before.Count(c => c == '"') is > 0 and var n && n % 2 == 0 ? before.LastIndexOf('"') : -1);
        if (closed >= 0 && closed > before.LastIndexOf('“')) before = before[(closed + 1)..];
        var breaks = MeetingCues.ClauseBreak().Matches(before);
        return breaks.Count == 0 ? before : before[(breaks[^1].Index + breaks[^1].Length)..];
    }

    private static int ClauseEnd(string text, int triggerIndex, int end)
    {
        var next = MeetingCues.ParticipantClauseBreak().Matches(text[..end]).FirstOrDefault(m => m.Index > triggerIndex);
        return next?.Index ?? end;
    }

    // "the two leaders": the two leaders most recently named.
    private static IReadOnlyList<int>? RecentLeaders(SentenceView view, Cast cast, IReadOnlyList<PersonProfile> profiles)
    {
        var recent = cast.Mentions.Where(m => m.Sentence <= view.Sentence.Index && profiles[m.Person].Leader)
            .Reverse().Select(m => m.Person).Distinct().Take(2).ToList();
        return recent.Count == 2 ? recent : null;
    }

    // "the summit between Presidents Moon Jae-in and Joe Biden", "the call — between A, the U.S. envoy, and B —":
    // exactly the people of the "between" phrase.
    private static List<int>? Between(SentenceView view, Match trigger)
    {
        var from = trigger.Index + trigger.Length;
        var m = Regex.Match(view.Text[from..], @"^\s+(?:held\s+)?between\s+[^,;.]*?\band\b[^,;.]*|^\s*[—–-]\s*between\s+[^—–;]{1,200}?\band\b[^—–;]*");
        if (!m.Success) return null;
        var to = from + m.Length;
        var people = view.People.Where(p => p.Start >= from && p.Start < to).Select(p => p.Person).Distinct().ToList();
        return people.Count >= 2 ? people : null;
    }

    // The people named in the trigger's clause; if fewer than two, the clause before it too (its subject).
    private static List<int> PeopleOfClause(SentenceView view, MeetingClause clause, int triggerIndex)
    {
        var bounds = MeetingCues.ParticipantClauseBreak().Matches(view.Text[..clause.End]).Select(m => m.Index).Where(i => i > clause.Start)
            .Append(clause.End).Prepend(clause.Start).Distinct().Order().ToList();
        var k = bounds.FindLastIndex(b => b <= triggerIndex);
        var (from, to) = (bounds[k], bounds[Math.Min(k + 1, bounds.Count - 1)]);
        List<int> In(int a, int b) => view.People.Where(p => p.Start >= a && p.Start < b && !IsPrincipal(view, p) && !(p.Start > triggerIndex && IsAttribution(view, p)))
            .Select(p => p.Person).Distinct().ToList();
        var people = In(from, to);
        // "A said that the prime minister had received B": the speaker is not a participant ("A said he met B" is,
        // through the pronoun).
        var reported = MeetingCues.ReportedClause().IsMatch(view.Text.AsSpan(from)) && !MeetingCues.HeOrShe().IsMatch(view.Text[from..triggerIndex]);
        if (people.Count < 2 && k > 0 && !reported) people = In(bounds[k - 1], to);
        return people;
    }

    // "... to hold talks with B, spokesman X told reporters", "..., according to X": the one who reports the
    // meeting, named after it, is not in it.
    private static bool IsAttribution(SentenceView view, Coreference.PersonMention mention) =>
        MeetingCues.SpeakerAfter().IsMatch(view.Text.AsSpan(mention.End))
        && MeetingCues.AttributionBefore().IsMatch(view.Text.AsSpan(0, mention.Start));

    // "diplomatic counselor to French President Emmanuel Macron", "envoy of Prime Minister X": named only as
    // the one someone else works for.
    private static bool IsPrincipal(SentenceView view, Coreference.PersonMention mention)
    {
        var before = view.Text[..mention.Start];
        return Regex.IsMatch(before, @"\b(?:to|of|for|under)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}(?:President|Prime Minister|King|Emir|Premier|Chancellor|Leader)\s+$");
    }

    private static bool PlannedPhrase(SentenceView view) =>
        view.Dates.Any(d => d.Kind is DateKind.WeeksFromNow or DateKind.MonthsFromNow && d.Shift > 0);

    // "the top nuclear envoys of South Korea and Japan": the article's person for each country named.
    private IEnumerable<int> CountryGroup(SentenceView view, IReadOnlyList<PersonProfile> profiles, Cast cast)
    {
        var countries = Meetings.CountryGroup.In(view);
        if (countries.Count < 2) yield break;
        foreach (var country in countries.Distinct())
        {
            var holders = profiles.Where(p => p.Country == country).Select(p => p.Person).ToList();
            if (holders.Count == 0) continue;
            yield return holders.OrderByDescending(id => profiles[id].Envoy).ThenByDescending(id => cast.Mentions.Count(m => m.Person == id)).First();
        }
    }

    // "in Seoul", "in China's Qingdao", "at ... in Tokyo": the city the sentence places the meeting in.
    private string? Location(SentenceView view)
    {
        foreach (var place in view.Places)
        {
            if (place.Place.Kind != PlaceKind.City || place.Possessive) continue;
            var before = view.Text[..place.Start].TrimEnd();
            if (Regex.IsMatch(before, @"\b(?:in|at|to)$|\b(?:in|to)\s+[\p{L} .]+['’]s$", RegexOptions.IgnoreCase))
                return place.Place.City;
        }
        // "in the Omani capital", "in the South Korean capital": the capital of the country the demonym names.
        foreach (var place in view.Places)
        {
            if (place.Place.Kind != PlaceKind.Demonym || place.Place.IsBody) continue;
            var before = view.Text[..place.Start];
            if (Regex.IsMatch(before, @"\b(?:in|at|to)\s+the\s+$", RegexOptions.IgnoreCase)
                && Regex.IsMatch(view.Text.AsSpan(place.End), @"^\s+capital\b") && lexicon.CapitalOf(place.Place.Country) is { } capital)
                return capital;
        }
        return null;
    }
}
