using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Coreference;

/// <summary>
/// Third stage: name mentions become people. A name of two or more words is a person; a shorter form
/// ("Kanasugi", "Lee", "Al Thani") is the most recently named person it ends (or, for family-name-first
/// names such as "Lee Do-hoon", begins) with; "the Lee-Kanasugi meeting" names two people. A lone word
/// that matches nobody is a person only with a cue: a title or "counterpart" before it, a meeting verb
/// next to it ("will meet Morgulov"), or "and" after a person.
/// </summary>
internal sealed class CastBuilder(Lexicon lexicon)
{
    private static readonly HashSet<string> MeetingNeighbours = new(StringComparer.OrdinalIgnoreCase)
    {
        "met", "meet", "meets", "meeting", "with", "said", "says", "told", "held", "hosted", "received", "called", "spoke", "will", "visited",
    };
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "into", "near", "across", "via", "toward", "towards",
    };

    public Cast Build(IReadOnlyList<NameMention> names, Func<int, IReadOnlyList<Mentions.Token>> tokensOf)
    {
        var people = new List<CastMember>();
        var mentions = new List<PersonMention>();

        foreach (var name in names.Where(n => n.Parts.Count >= 2).OrderByDescending(n => n.Parts.Count))
            if (!people.Any(p => Covers(p, name.Parts)))
                people.Add(new CastMember(people.Count, string.Join(" ", name.Parts), name.Parts, FamilyNameFirst(name.Parts)) { Core = Core(name.Parts) });

        var lone = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Parts.Count >= 2)
            {
                var owner = people.First(p => Covers(p, name.Parts));
                mentions.Add(new PersonMention(owner.Id, name.Sentence, name.First, name.Last, name.Start, name.End));
                continue;
            }
            var word = name.Parts[0];
            if (Resolve(word, name.Sentence, people, mentions) is { } known)
            {
                mentions.Add(new PersonMention(known, name.Sentence, name.First, name.Last, name.Start, name.End));
                continue;
            }
            var halves = word.Split('-');
            if (halves.Length == 2 && halves.All(h => Resolve(h, name.Sentence, people, mentions) is not null))
            {
                var start = name.Start;
                foreach (var half in halves)
                {
                    mentions.Add(new PersonMention(Resolve(half, name.Sentence, people, mentions)!.Value, name.Sentence, name.First, name.Last, start, start + half.Length));
                    start += half.Length + 1;
                }
                continue;
            }
            // "between Grossi and Amir-Abdollahian": a word joined by "and" to a person names a person too.
            var tokens = tokensOf(name.Sentence);
            var coordinated = name.First >= 2 && tokens[name.First - 1].Text == "and" && tokens[name.First].Adjacent
                && mentions.Any(m => m.Sentence == name.Sentence && m.Last == name.First - 2);
            if (lone.TryGetValue(word, out var id) || coordinated || HasPersonCue(tokens, name.First))
            {
                if (!lone.ContainsKey(word))
                {
                    id = people.Count;
                    lone[word] = id;
                    people.Add(new CastMember(id, word, [word], false));
                }
                mentions.Add(new PersonMention(id, name.Sentence, name.First, name.Last, name.Start, name.End));
            }
        }
        // Mentions are in text order, so "most recent" below is well defined while building.
        return new Cast(people, mentions.OrderBy(m => m.Sentence).ThenBy(m => m.Start).ToList());
    }

    private bool FamilyNameFirst(IReadOnlyList<string> parts) =>
        parts.Count <= 3 && lexicon.SurnamesFirst.Contains(parts[0]);

    // Generational suffixes close a name without being part of how it is shortened ("Locsin" for "Teodoro Locsin Jr.").
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };

    // The parts a name is matched by: without a nickname in quotes or a generational suffix.
    private static IReadOnlyList<string> Core(IReadOnlyList<string> parts)
    {
        if (parts.Count == 1 && !IsNickname(parts[0])) return parts;
        var core = parts.Where(p => !IsNickname(p)).ToList();
        if (core.Count > 2 && Suffixes.Contains(core[^1])) core.RemoveAt(core.Count - 1);
        return core;
    }

    private static bool IsNickname(string part) => part.Length > 2 && !char.IsLetter(part[0]) && !char.IsLetter(part[^1]);

    // The longer name contains the shorter as its ending, or as its beginning when the family name comes first;
    // spelling variants of the same name count ("Mohamed"/"Mohammed", "Hasan"/"Hassan"), and so does a nickname
    // alone ("Jokowi" for Joko “Jokowi” Widodo).
    private static bool Covers(CastMember person, IReadOnlyList<string> parts)
    {
        if (parts.Count == 1 && person.Parts.Any(p => IsNickname(p) && string.Equals(p[1..^1], parts[0], StringComparison.OrdinalIgnoreCase))) return true;
        var p = person.Core;
        parts = Core(parts);
        if (parts.Count > 1 && (SameName(p, parts) || GivenAndFamily(person, parts) || Resegmented(p, parts))) return true;
        if (parts.Count > p.Count || parts.Count == 0) return false;
        var suffix = true;
        for (var i = 0; i < parts.Count; i++)
            if (!string.Equals(p[p.Count - parts.Count + i], parts[i], StringComparison.OrdinalIgnoreCase)) { suffix = false; break; }
        if (suffix) return true;
        if (!person.FamilyNameFirst) return false;
        for (var i = 0; i < parts.Count; i++)
            if (!string.Equals(p[i], parts[i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    // Two names of several words are one person's when their family names match and their other parts differ only
    // in spelling: the same letters once doubled letters are single and vowels dropped ("Muhammad Hasan Akhund",
    // "Mohammad Hassan Akhund"). The shorter may be the ending of the longer ("Mullah Mohammad Hassan Akhund").
    private static bool SameName(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var (longer, shorter) = a.Count >= b.Count ? (a, b) : (b, a);
        if (shorter.Count < 2 || shorter.Count > longer.Count) return false;
        var tail = longer.Skip(longer.Count - shorter.Count).ToList();
        if (!string.Equals(tail[^1], shorter[^1], StringComparison.OrdinalIgnoreCase)) return false;
        for (var i = 0; i < shorter.Count - 1; i++)
            if (!NameSpelling.Variants(tail[i], shorter[i])) return false;
        return true;
    }

    // "Mohammed Al Thani" for Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani, "John Kerry" for John Forbes Kerry:
    // a name is commonly shortened to its first given name and its family name, leaving out what stands between.
    private static bool GivenAndFamily(CastMember person, IReadOnlyList<string> parts)
    {
        var p = person.Core;
        if (person.FamilyNameFirst || parts.Count >= p.Count || !NameSpelling.Variants(p[0], parts[0])) return false;
        for (var i = 1; i < parts.Count; i++)
            if (!string.Equals(p[p.Count - parts.Count + i], parts[i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    // "Mohammed Abdul Salam" and "Mohamed Abdeslam": one family name written in one word or in two, spelled
    // differently. The given names must be spellings of one name, and the family names the same once joined
    // (NameSpelling.FamilySkeleton). Only a different split counts: "Ali Hassan" and "Ali Hussein" stay apart.
    private static bool Resegmented(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == b.Count || !NameSpelling.Variants(a[0], b[0])) return false;
        return NameSpelling.FamilySkeleton(a.Skip(1)) == NameSpelling.FamilySkeleton(b.Skip(1));
    }

    private static int? Resolve(string word, int sentence, List<CastMember> people, List<PersonMention> mentions)
    {
        var candidates = people.Where(p => p.Parts.Count >= 2 && Covers(p, [word])).Select(p => p.Id).ToHashSet();
        // Some styles use the first part alone ("Minister Hayashi" for HAYASHI Yoshimasa, "Retno" for Retno Marsudi).
        if (candidates.Count == 0)
            candidates = people.Where(p => p.Parts.Count >= 2 && string.Equals(p.Parts[0], word, StringComparison.OrdinalIgnoreCase)).Select(p => p.Id).ToHashSet();
        if (candidates.Count == 0) return null;
        if (candidates.Count == 1) return candidates.First();
        var recent = mentions.LastOrDefault(m => candidates.Contains(m.Person) && m.Sentence <= sentence);
        return recent?.Person ?? candidates.Min();
    }

    private bool HasPersonCue(IReadOnlyList<Mentions.Token> tokens, int index)
    {
        // "Trump's Ukraine envoy", "Putin's spokesman": a name whose possessive owns an envoy or an office.
        if (tokens[index].Possessive && Enumerable.Range(index + 1, 2).Any(k => k < tokens.Count && tokens[k].Adjacent
                && (lexicon.TitleKinds.TryGetValue(tokens[k].Text, out var kind) && kind == "envoy" || tokens[k].Lower is "envoy" or "envoys" or "aide" or "aides" or "adviser" or "advisor" or "spokesman" or "spokeswoman" or "spokesperson")))
            return true;
        if (index > 0 && (PlacePrepositions.Contains(tokens[index - 1].Text) || tokens[index - 1].Text == "of")) return false;
        // "Mossad director David Barnea": a word right before an office names an institution.
        if (index + 1 < tokens.Count && tokens[index + 1].Adjacent && lexicon.TitleWords.Contains(tokens[index + 1].Lower)) return false;
        // A word followed by more capitalised words or "and"/"of" + capitalised word is part of an institution's
        // name ("Pacific Affairs", "Political and Peacebuilding Affairs").
        if (index + 1 < tokens.Count && tokens[index + 1].Adjacent && !tokens[index].Possessive
            && (tokens[index + 1].IsCapitalised || (tokens[index + 1].Text is "and" or "of" or "&" && index + 2 < tokens.Count && tokens[index + 2].IsCapitalised)))
            return false;
        if (index > 0 && tokens[index].Adjacent)
        {
            var w = tokens[index - 1].Text.TrimEnd('.');
            if (lexicon.TitleWords.Contains(w.ToLowerInvariant()) || lexicon.TitleKinds.ContainsKey(w) || w.Equals("counterpart", StringComparison.OrdinalIgnoreCase)) return true;
        }
        if (index > 0 && MeetingNeighbours.Contains(tokens[index - 1].Text) && tokens[index].Adjacent) return true;
        return index + 1 < tokens.Count && MeetingNeighbours.Contains(tokens[index + 1].Text) && tokens[index + 1].Adjacent && index > 0;
    }
}
