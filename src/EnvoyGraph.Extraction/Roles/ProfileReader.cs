using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Coreference;
using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Roles;

/// <summary>
/// Reads each person's country and role from the words around their mentions: a possessive or demonym
/// before the name ("South Korea's special representative Lee", "his Japanese counterpart Kenji Kanasugi",
/// "US nuclear envoy Joseph Yun", "Seoul's chief nuclear envoy, Noh"), or an apposition after it
/// ("Stephen Biegun, the US special representative ..."). A country after "for", "to", "on" names a
/// portfolio ("special representative for North Korea"), not the person's country. A capital counts only
/// as a possessive ("Washington's envoy"). The most frequent reading wins; ties go to the first.
/// </summary>
internal sealed partial class ProfileReader(Lexicon lexicon)
{
    private static readonly HashSet<string> Portfolio = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "to", "on", "toward", "towards", "over", "about", "against", "into", "in",
    };
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "met", "meet", "meets", "said", "says", "told", "by", "after", "before", "while", "when", "as", "that", "which",
        "who", "held", "had", "has", "have", "was", "were", "is", "are", "will", "also", "spoke", "called", "during", "amid",
        "including", "involving", "than", "but", "or", "from", "hosted", "received", "visited",
        // "UN envoy holds talks with Khalifa Haftar": the words before a preposition belong to another phrase.
        "with", "between", "among", "alongside", "versus",
    };

    public IReadOnlyList<PersonProfile> Read(Cast cast, Func<int, SentenceView> sentence)
    {
        var votes = cast.People.ToDictionary(p => p.Id, _ => new List<string>());
        var stated = new Dictionary<int, string>();
        var principals = new Dictionary<int, int>();
        var roles = new Dictionary<int, string>();
        var envoys = new HashSet<int>();
        var leaders = new HashSet<int>();
        var paired = new Dictionary<int, IReadOnlyDictionary<PersonMention, string>>();
        foreach (var mention in cast.Mentions)
        {
            var view = sentence(mention.Sentence);
            if (!paired.TryGetValue(mention.Sentence, out var pairs)) paired[mention.Sentence] = pairs = Respectively.Read(view);
            if (pairs.TryGetValue(mention, out var listed)) stated.TryAdd(mention.Person, listed);
            foreach (var reading in new[] { Before(view, mention), After(view, mention), Delegation(view, mention) })
            {
                if (reading is null) continue;
                if (reading.Country is { } country) votes[mention.Person].Add(country);
                if (reading.Stated && reading.Country is not null) stated.TryAdd(mention.Person, reading.Country);
                if (reading.Principal is { } principal && principal != mention.Person) principals.TryAdd(mention.Person, principal);
            }
            if (!roles.ContainsKey(mention.Person) && Role(view, mention) is { } role) roles[mention.Person] = role;
            var near = string.Join(" ", view.Tokens.Skip(Math.Max(0, mention.First - 6)).Take(mention.First - Math.Max(0, mention.First - 6)).Select(t => t.Lower))
                + " | " + string.Join(" ", view.Tokens.Skip(mention.Last + 1).Take(6).Select(t => t.Lower));
            if (EnvoyWords().IsMatch(near)) envoys.Add(mention.Person);
            var title = string.Join(" ", view.Tokens.Skip(Math.Max(0, mention.First - 2)).Take(mention.First - Math.Max(0, mention.First - 2)).Select(t => t.Lower));
            if (LeaderWords().IsMatch(title)) leaders.Add(mention.Person);
        }
        var profiles = cast.People.Select(p => new PersonProfile(p.Id,
            stated.GetValueOrDefault(p.Id)
                ?? votes[p.Id].GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => votes[p.Id].IndexOf(g.Key)).Select(g => g.Key).FirstOrDefault(),
            roles.GetValueOrDefault(p.Id), envoys.Contains(p.Id), leaders.Contains(p.Id), principals.TryGetValue(p.Id, out var boss) ? boss : null)).ToList();
        return Principals.Follow(profiles);
    }

    /// <summary>
    /// What the words on one side of a mention say: the country it represents; <paramref name="Stated"/> when
    /// the text states it outright ("Igor Popov (Russia)"); or the person it serves ("Trump's envoy, X").
    /// </summary>
    private sealed record Reading(string? Country, bool Stated = false, int? Principal = null);

    private Reading? Before(SentenceView view, PersonMention mention)
    {
        var tokens = view.Tokens;
        var i = mention.First - 1;
        // One comma may sit between a title and the name ("Seoul's chief nuclear envoy, Noh Kyu-duk").
        var gap = JoinGap(tokens, mention.First);
        if (gap is not ("" or ",")) return null;
        // "Just before the U.S. trip, Hwang said": the words before the comma are an opening phrase, not an office.
        if (gap == "," && OpeningPhraseEndsAt(view, mention.First)) return null;
        var commas = gap == "," ? 1 : 0;
        var counterpart = false;
        var titled = false;
        for (var steps = 0; i >= 0 && steps < 10; i--, steps++)
        {
            if (IsBracketedInitials(tokens, i)) continue;
            // Words of the title run on with spaces between them, and at most one comma
            // ("his Chinese counterpart, Admiral Dong Jun").
            if (i + 1 < mention.First && JoinGap(tokens, i + 1) is { Length: > 0 } g && (g != "," || ++commas > 1)) return null;
            var t = tokens[i];
            if (t.Lower is "counterpart" or "counterparts") counterpart = true;
            if (view.PlaceAt(t) is { } place)
            {
                var first = FirstTokenIndex(view, place);
                // "envoy for Syria X" is a brief, but "adviser to French President X" names the president's side.
                var portfolio = first > 0 && Portfolio.Contains(tokens[first - 1].Text) && !ModifiesTitle(view, place);
                // "Trump's Ukraine envoy": after a person's possessive, the place is the brief; the person is served.
                if (!portfolio && !counterpart && first > 0 && tokens[first].Adjacent && PossessivePerson(view, first - 1) is { } boss)
                    return new Reading(null, Principal: boss);
                // "UN Libya chief": the first of two places is the one represented; the second is the brief.
                if (!portfolio && first > 0 && tokens[first].Adjacent && view.PlaceAt(tokens[first - 1]) is { } outer && Represents(outer))
                    return new Reading(outer.Place.Country);
                if (!portfolio && Represents(place)) return new Reading(place.Place.Country);
                i = portfolio ? first - 1 : first;
                continue;
            }
            // "deputy prime minister and foreign minister": "and" between two offices is part of the title.
            // "the U.S. envoy, and Lee": after a comma, "and" starts another person's phrase, not more of the title.
            if (t.Text == "and" && i > 0 && t.Gap.Trim().Length == 0 && IsTitleWord(tokens[i - 1].Text)) continue;
            // "Putin's envoy X", "the president's adviser X": the person is on the side of the one they serve.
            if (!counterpart && PossessivePerson(view, i) is { } principal) return new Reading(null, Principal: principal);
            // "Chinese President Xi Jinping, Vice-President Wang Qishan": a titled name listed after another shares its side.
            if (!counterpart && titled && view.PersonAt(i) is { } listed && listed.Last == i && JoinGap(tokens, i + 1) == "," && listed.Person != mention.Person
                && Heads(view, listed))
                return new Reading(null, Principal: listed.Person);
            if (IsTitleWord(t.Text)) titled = true;
            if (Stops.Contains(t.Text) || view.IsPersonToken(i)) return null;
        }
        return null;
    }

    private Reading? After(SentenceView view, PersonMention mention)
    {
        var tokens = view.Tokens;
        var next = mention.Last + 1;
        if (next >= tokens.Count) return null;
        var gap = tokens[next].Gap.Trim();
        if (gap == "," && OpeningPhraseEndsAt(view, next)) return null;
        if (gap == "" && tokens[next].Text == "of" && next + 1 < tokens.Count && view.PlaceAt(tokens[next + 1]) is { } of && of.Place.Kind == PlaceKind.Country)
            return new Reading(of.Place.Country);
        // "Igor Popov (Russia)": a country in brackets right after the name says it outright.
        if (gap == "(" && view.PlaceAt(tokens[next]) is { } bracketed && Represents(bracketed)
            && FirstTokenIndex(view, bracketed) == next && bracketed.End < view.Text.Length && view.Text[bracketed.End] == ')')
            return new Reading(bracketed.Place.Country, Stated: true);
        if (gap is not ("," or "(")) return null;
        var titled = false;
        var linked = false;
        var counterpart = false;
        for (var k = next; k < Math.Min(tokens.Count, next + 9); k++)
        {
            if (k > next && tokens[k].Gap.Trim().Length > 0) return null;
            if (tokens[k].Text == "and" && k > 0 && IsTitleWord(tokens[k - 1].Text)) continue;
            // "Morgulov, who doubles as Russia's chief envoy": a relative clause that only restates the office.
            if (k == next && tokens[k].Text == "who" && Restating(tokens, k + 1) is { } skip)
            {
                // "Wong, who is in New York for the UN General Assembly": where the person is, not an office.
                if (k + skip + 1 < tokens.Count && Prepositions.Contains(tokens[k + skip + 1].Text)) return null;
                k += skip;
                continue;
            }
            if (Stops.Contains(tokens[k].Text)) return null;
            if (view.PlaceAt(tokens[k]) is { } place)
            {
                var portfolio = k > 0 && Portfolio.Contains(tokens[k - 1].Text);
                if (!portfolio && Represents(place)) return new Reading(place.Place.Country);
                if (!portfolio) return null;
                k = LastTokenIndex(view, place);
                continue;
            }
            if (IsTitleWord(tokens[k].Text) || tokens[k].Lower is "aide" or "aides") titled = true;
            if (tokens[k].Lower is "to" or "of") linked = true;
            if (tokens[k].Lower is "counterpart" or "counterparts") counterpart = true;
            // "Emmanuel Bonne, diplomatic counselor to French President Emmanuel Macron": staff serve their principal's side.
            if (view.PersonAt(k) is { } person)
                return titled && linked && !counterpart && person.Person != mention.Person ? new Reading(null, Principal: person.Person) : null;
        }
        return null;
    }

    // A demonym right before an office ("French President") says whose office it is.
    private bool ModifiesTitle(SentenceView view, PlaceMention place)
    {
        var last = LastTokenIndex(view, place);
        return place.Place.Kind == PlaceKind.Demonym && last + 1 < view.Tokens.Count && view.Tokens[last + 1].Adjacent && IsTitleWord(view.Tokens[last + 1].Text);
    }

    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "delegation", "delegations", "team", "teams", "negotiators", "negotiating", "side", "group", "mission", "officials",
    };
    private static readonly HashSet<string> Joining = new(StringComparer.OrdinalIgnoreCase)
    {
        "included", "including", "includes", "include", "comprising", "comprised", "with",
    };

    // "a Hamas team led by senior official X", "the Hamas delegation, led by X, included A, B and C": the members
    // and the leader of a country's or body's delegation represent it.
    private Reading? Delegation(SentenceView view, PersonMention mention)
    {
        var tokens = view.Tokens;
        var i = mention.First - 1;
        var anchored = false;
        for (var steps = 0; i >= 0 && steps < 16; i--, steps++)
        {
            var t = tokens[i];
            if (view.IsPersonToken(i) || t.Text == "and" || IsTitleWord(t.Text) || t.Lower is "senior" or "official" or "top" or "leader" or "members" or "member") continue;
            if (t.Lower == "by" && i > 0 && tokens[i - 1].Lower is "led" or "headed" or "chaired")
            {
                i--;
                anchored = true;
                continue;
            }
            if (Joining.Contains(t.Text)) { anchored = true; continue; }
            if (GroupNouns.Contains(t.Text) && anchored)
            {
                // "Hamas delegation", "Hamas negotiating team": the place right before the group noun(s).
                var k = i - 1;
                while (k >= 0 && GroupNouns.Contains(tokens[k].Text)) k--;
                return k >= 0 && view.PlaceAt(tokens[k]) is { } place && Represents(place) ? new Reading(place.Place.Country) : null;
            }
            if (GroupNouns.Contains(t.Text)) continue;
            return null;
        }
        return null;
    }

    // The person whose possessive ends at this token ("Trump's"), if any.
    private static int? PossessivePerson(SentenceView view, int index) =>
        index >= 0 && view.Tokens[index].Possessive && view.PersonAt(index) is { } p && p.Last == index ? p.Person : null;

    // "(AEOI)", "(AU)": initials in brackets restate the body just named; they neither end a title nor add to it.
    private static bool IsBracketedInitials(IReadOnlyList<Token> tokens, int k) =>
        k >= 0 && k + 1 < tokens.Count && tokens[k].Gap.Trim() == "(" && tokens[k + 1].Gap.TrimStart().StartsWith(')')
        && tokens[k].Text.Length >= 2 && tokens[k].Text.All(c => char.IsUpper(c) || char.IsDigit(c));

    // The punctuation between token k and the one before it, reading bracketed initials as absent.
    private static string JoinGap(IReadOnlyList<Token> tokens, int k)
    {
        if (IsBracketedInitials(tokens, k)) return "";
        var gap = tokens[k].Gap.Trim();
        return IsBracketedInitials(tokens, k - 1) ? gap[1..].Trim() : gap;
    }

    private static readonly string[][] Restatements =
        [["also", "serves", "as"], ["doubles", "as"], ["serves", "as"], ["acts", "as"], ["is", "also"], ["is"], ["was"]];

    // How many words after "who" restate an office ("doubles as", "is also"); null when the clause says more.
    private static int? Restating(IReadOnlyList<Token> tokens, int from)
    {
        foreach (var words in Restatements)
            if (from + words.Length <= tokens.Count && words.Select((w, n) => tokens[from + n].Lower == w && tokens[from + n].Gap.Trim().Length == 0).All(x => x))
                return words.Length;
        return null;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "after", "before", "during", "following", "in", "on", "with", "upon", "over", "ahead", "despite", "to", "by", "for",
        "from", "between", "against", "of", "met", "meet", "meets",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase) { "just", "shortly", "soon", "even", "only", "right", "also", "later", "earlier" };

    // "At his meeting with Fayyad, the US envoy explored ...", "Just before the U.S. trip, Hwang said": a sentence
    // that opens with a preposition has its opening phrase closed by the first comma (the one before token
    // <paramref name="index"/>); the words on either side of it are no title or apposition of one another.
    private static bool OpeningPhraseEndsAt(SentenceView view, int index)
    {
        var tokens = view.Tokens;
        var start = tokens.Count > 1 && Adverbs.Contains(tokens[0].Text) ? 1 : 0;
        if (index >= tokens.Count || index <= start || !Prepositions.Contains(tokens[start].Text) || !tokens[index].Gap.Contains(',')) return false;
        for (var k = start + 1; k < index; k++)
            if (tokens[k].Gap.Contains(',')) return false;
        return true;
    }

    // Whether a person named before a comma heads a list of office holders ("Chinese President Xi Jinping,
    // Vice-President Wang Qishan", "DPRK's Foreign Minister Pak, Vice Foreign Minister Kim") rather than ending a
    // phrase of its own ("Following her meeting with Mr Wang, Senator Wong said").
    private bool Heads(SentenceView view, PersonMention listed)
    {
        for (var k = listed.First - 1; k >= 0; k--)
        {
            var t = view.Tokens[k];
            if (view.PlaceAt(t) is not null) return true;
            if (IsTitleWord(t.Text)) continue;
            return !Prepositions.Contains(t.Text);
        }
        return true;
    }

    // "Vice-President", "Secretary-General": a hyphenated office is a title word too.
    private bool IsTitleWord(string word) => word.ToLowerInvariant().TrimEnd('.').Split('-').All(lexicon.TitleWords.Contains);

    private static bool Represents(PlaceMention place) =>
        place.Place.Kind is PlaceKind.Country or PlaceKind.Demonym or PlaceKind.Institution || (place.Place.IsCapital && place.Possessive);

    private static int FirstTokenIndex(SentenceView view, PlaceMention place)
    {
        for (var k = 0; k < view.Tokens.Count; k++)
            if (view.Tokens[k].End > place.Start) return k;
        return 0;
    }

    private static int LastTokenIndex(SentenceView view, PlaceMention place)
    {
        var last = FirstTokenIndex(view, place);
        while (last + 1 < view.Tokens.Count && view.Tokens[last + 1].Start < place.End) last++;
        return last;
    }

    // The office named right after the name ("Lee Do-hoon, South Korea's special representative for X at Y").
    private static string? Role(SentenceView view, PersonMention mention)
    {
        var rest = view.Text[mention.End..];
        var m = Apposition().Match(rest);
        return m.Success ? m.Groups["role"].Value.Trim() : null;
    }

    [GeneratedRegex(@"\b(?:envoys?|negotiators?|representatives?|ambassadors?|diplomats?|mediators?)\b")]
    private static partial Regex EnvoyWords();
    [GeneratedRegex(@"\b(?:presidents?|prime minister|premier|king|emir|chancellor|leader|pm|crown prince)$")]
    private static partial Regex LeaderWords();
    [GeneratedRegex(@"^,\s+(?:the\s+|a\s+)?(?:[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)*(?:'s|’s)?\s+)?(?<role>(?:(?:top|chief|senior|deputy|special|nuclear|nuke|vice|foreign|first|acting|former)\s+)*(?:representative|envoy|minister|secretary|negotiator|ambassador|adviser|advisor|director|spokesperson|spokesman|chief)(?:\s+(?:for|of|on|to)\s+[^,;:()]+?)?)(?=\s+(?:at|in|who|and\s+(?:his|her))\b|[,;:.()]|$)")]
    private static partial Regex Apposition();
}
