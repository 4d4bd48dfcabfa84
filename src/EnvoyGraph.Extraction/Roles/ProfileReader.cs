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
    };

    public IReadOnlyList<PersonProfile> Read(Cast cast, Func<int, SentenceView> sentence)
    {
        var votes = cast.People.ToDictionary(p => p.Id, _ => new List<string>());
        var roles = new Dictionary<int, string>();
        var envoys = new HashSet<int>();
        var leaders = new HashSet<int>();
        foreach (var mention in cast.Mentions)
        {
            var view = sentence(mention.Sentence);
            if (Before(view, mention) is { } before) votes[mention.Person].Add(before);
            if (After(view, mention) is { } after) votes[mention.Person].Add(after);
            if (!roles.ContainsKey(mention.Person) && Role(view, mention) is { } role) roles[mention.Person] = role;
            var near = string.Join(" ", view.Tokens.Skip(Math.Max(0, mention.First - 6)).Take(mention.First - Math.Max(0, mention.First - 6)).Select(t => t.Lower))
                + " | " + string.Join(" ", view.Tokens.Skip(mention.Last + 1).Take(6).Select(t => t.Lower));
            if (EnvoyWords().IsMatch(near)) envoys.Add(mention.Person);
            var title = string.Join(" ", view.Tokens.Skip(Math.Max(0, mention.First - 2)).Take(mention.First - Math.Max(0, mention.First - 2)).Select(t => t.Lower));
            if (LeaderWords().IsMatch(title)) leaders.Add(mention.Person);
        }
        return cast.People.Select(p => new PersonProfile(p.Id,
            votes[p.Id].GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => votes[p.Id].IndexOf(g.Key)).Select(g => g.Key).FirstOrDefault(),
            roles.GetValueOrDefault(p.Id), envoys.Contains(p.Id), leaders.Contains(p.Id))).ToList();
    }

    private string? Before(SentenceView view, PersonMention mention)
    {
        var tokens = view.Tokens;
        var i = mention.First - 1;
        // One comma may sit between a title and the name ("Seoul's chief nuclear envoy, Noh Kyu-duk").
        var gap = tokens[mention.First].Gap.Trim();
        if (gap is not ("" or ",")) return null;
        var commas = gap == "," ? 1 : 0;
        for (var steps = 0; i >= 0 && steps < 10; i--, steps++)
        {
            // Words of the title run on with spaces between them, and at most one comma
            // ("his Chinese counterpart, Admiral Dong Jun").
            if (i + 1 < mention.First && tokens[i + 1].Gap.Trim() is { Length: > 0 } g && (g != "," || ++commas > 1)) return null;
            var t = tokens[i];
            if (view.PlaceAt(t) is { } place)
            {
                var first = FirstTokenIndex(view, place);
                var portfolio = first > 0 && Portfolio.Contains(tokens[first - 1].Text);
                // "UN Libya chief": the first of two places is the one represented; the second is the brief.
                if (!portfolio && first > 0 && tokens[first].Adjacent && view.PlaceAt(tokens[first - 1]) is { } outer && Represents(outer))
                    return outer.Place.Country;
                if (!portfolio && Represents(place)) return place.Place.Country;
                i = portfolio ? first - 1 : first;
                continue;
            }
            // "deputy prime minister and foreign minister": "and" between two offices is part of the title.
            // "the U.S. envoy, and Lee": after a comma, "and" starts another person's phrase, not more of the title.
            if (t.Text == "and" && i > 0 && t.Gap.Trim().Length == 0 && IsTitleWord(tokens[i - 1].Text)) continue;
            if (Stops.Contains(t.Text) || view.IsPersonToken(i)) return null;
        }
        return null;
    }

    private string? After(SentenceView view, PersonMention mention)
    {
        var tokens = view.Tokens;
        var next = mention.Last + 1;
        if (next >= tokens.Count) return null;
        var gap = tokens[next].Gap.Trim();
        if (gap == "" && tokens[next].Text == "of" && next + 1 < tokens.Count && view.PlaceAt(tokens[next + 1]) is { } of && of.Place.Kind == PlaceKind.Country)
            return of.Place.Country;
        if (gap is not ("," or "(")) return null;
        for (var k = next; k < Math.Min(tokens.Count, next + 9); k++)
        {
            if (k > next && tokens[k].Gap.Trim().Length > 0) return null;
            if (tokens[k].Text == "and" && k > 0 && IsTitleWord(tokens[k - 1].Text)) continue;
            // "Morgulov, who doubles as Russia's chief envoy": a relative clause that only restates the office.
            if (k == next && tokens[k].Text == "who" && Restating(tokens, k + 1) is { } skip) { k += skip; continue; }
            if (Stops.Contains(tokens[k].Text)) return null;
            if (view.PlaceAt(tokens[k]) is { } place)
            {
                var portfolio = k > 0 && Portfolio.Contains(tokens[k - 1].Text);
                if (!portfolio && Represents(place)) return place.Place.Country;
                if (!portfolio) return null;
            }
            if (view.IsPersonToken(k)) return null;
        }
        return null;
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

    private bool IsTitleWord(string word) => lexicon.TitleWords.Contains(word.ToLowerInvariant().TrimEnd('.'));

    private static bool Represents(PlaceMention place) =>
        place.Place.Kind is PlaceKind.Country or PlaceKind.Demonym || (place.Place.IsCapital && place.Possessive);

    private static int FirstTokenIndex(SentenceView view, PlaceMention place)
    {
        for (var k = 0; k < view.Tokens.Count; k++)
            if (view.Tokens[k].End > place.Start) return k;
        return 0;
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
