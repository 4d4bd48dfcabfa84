using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Coreference;
using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Roles;

/// <summary>
/// A list of countries followed by a list of as many people is read in order: "the presidents of Ukraine and
/// the United States, Volodymyr Zelenskyy and Joe Biden"; "his U.S. and Japanese counterparts -- Stephen Biegun
/// and Kenji Kanasugi".
/// </summary>
internal static partial class Respectively
{
    // Words that may stand between the list of countries and the list of names: offices and group nouns.
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
    {
        "counterparts", "envoys", "presidents", "ministers", "leaders", "representatives", "negotiators", "delegates",
        "foreign", "prime", "top", "chief", "nuclear", "special", "heads", "of", "state", "government", "respectively",
    };

    /// <summary>The country each person mention of the sentence is given by such a pair of lists.</summary>
    public static IReadOnlyDictionary<PersonMention, string> Read(SentenceView view)
    {
        var found = new Dictionary<PersonMention, string>();
        var places = view.Places.Where(p => p.Place.Kind is PlaceKind.Country or PlaceKind.Demonym).OrderBy(p => p.Start).ToList();
        var people = view.People.OrderBy(p => p.Start).ToList();
        for (var a = 0; a < places.Count; a++)
        {
            var b = a;
            while (b + 1 < places.Count && ListGap().IsMatch(view.Text[places[b].End..places[b + 1].Start])) b++;
            if (b == a) continue;
            var countries = places.Skip(a).Take(b - a + 1).Select(p => p.Place.Country).ToList();
            var first = people.FindIndex(p => p.Start >= places[b].End);
            if (first < 0 || !Bridge(view.Text[places[b].End..people[first].Start])) { a = b; continue; }
            var last = first;
            while (last + 1 < people.Count && ListGap().IsMatch(view.Text[people[last].End..people[last + 1].Start])) last++;
            if (last - first + 1 == countries.Count && countries.Distinct().Count() == countries.Count)
                for (var k = 0; k < countries.Count; k++) found[people[first + k]] = countries[k];
            a = b;
        }
        return found;
    }

    private static bool Bridge(string text)
    {
        var words = text.Split([' ', ',', '-', '—', '–', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && words.All(Between.Contains) || words.Length == 0 && text.Trim() is "," or "--" or "—" or ":";
    }

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?$")]
    private static partial Regex ListGap();
}
