using EnvoyGraph.Extraction.Coreference;
using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Roles;

/// <summary>
/// Last resort for a person the text never ties to a country in so many words ("President Michel Aoun" in a
/// story set in Beirut): the country most named in the sentences that mention them, leaving out the countries
/// of the other people named there; failing that, the article's most named country not already held by
/// someone. A brief ("envoy for Syria", "to Libya") does not count.
/// </summary>
internal static partial class CountryGuess
{
    private static readonly HashSet<string> Portfolio = new(StringComparer.OrdinalIgnoreCase) { "for", "to", "on", "toward", "towards", "against", "over" };

    public static IReadOnlyList<PersonProfile> Fill(IReadOnlyList<PersonProfile> profiles, Cast cast, IReadOnlyList<SentenceView> sentences, IReadOnlyList<(int A, int B)>? counterparts = null, string? dateline = null)
    {
        if (profiles.All(p => p.Country is not null)) return profiles;
        var result = profiles.ToList();
        var article = sentences.SelectMany(Countries).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        // A report filed from where a meeting took place ("BANGKOK — ... talks in Thailand") need not speak for anyone
        // there: then the dateline counts only when the article ties its country to someone (a demonym, a possessive,
        // a person's reading).
        if (dateline is not null && IsVenue(sentences, dateline) && !profiles.Any(p => p.Country == dateline)
            && !sentences.SelectMany(v => v.Places).Any(p => p.Place.Country == dateline && (p.Place.Kind == PlaceKind.Demonym || p.Possessive)))
            dateline = null;
        var sentencesOf = cast.Mentions.GroupBy(m => m.Person).ToDictionary(g => g.Key, g => g.Select(m => m.Sentence).Distinct().ToList());
        // Those who serve someone are guessed last: they take their principal's country, guessed or not.
        // in the order the article first names them: a guess for the first named informs those named with them later.
        var firstSeen = cast.Mentions.GroupBy(m => m.Person).ToDictionary(g => g.Key, g => g.Min(m => (m.Sentence, m.Start)));
        foreach (var person in profiles.Where(p => p.Country is null).OrderBy(p => p.Principal is null ? 0 : 1).ThenBy(p => firstSeen.GetValueOrDefault(p.Person)))
        {
            if (person.Principal is { } boss && result[boss].Country is { } theirs)
            {
                result[person.Person] = person with { Country = theirs };
                continue;
            }
            var mine = sentencesOf.GetValueOrDefault(person.Person) ?? [];
            // The other side: a counterpart, and whoever the text ties to a country and names alongside this
            // person, represent other countries; never guess theirs.
            var opposite = (counterparts ?? []).Where(c => c.A == person.Person || c.B == person.Person)
                .Select(c => result[c.A == person.Person ? c.B : c.A].Country).OfType<string>().ToHashSet();
            // Only a sentence that tells of a meeting or talks sets people on two sides: "Wong raised the case of
            // Australian writer Yang" says nothing against Wong being Australian.
            var others = opposite
                .Concat(mine.Where(s => TwoSides().IsMatch(sentences[s].Text))
                    .SelectMany(s => sentences[s].People).Where(m => m.Person != person.Person).Select(m => profiles[m.Person].Country))
                .OfType<string>().ToHashSet();
            var votes = new Dictionary<string, int>();
            foreach (var sentence in mine)
                foreach (var country in Countries(sentences[sentence]).Where(c => !others.Contains(c)))
                    votes[country] = votes.GetValueOrDefault(country) + 1;
            // The country the report is filed from, then the countries named with the person, then the
            // article's most named country.
            var guess = (dateline is not null && !opposite.Contains(dateline) ? dateline : null)
                ?? votes.OrderByDescending(v => v.Value).ThenByDescending(v => article.GetValueOrDefault(v.Key)).Select(v => v.Key).FirstOrDefault()
                ?? article.Where(a => !others.Contains(a.Key) && a.Value >= 2).OrderByDescending(a => a.Value).Select(a => a.Key).FirstOrDefault();
            if (guess is not null) result[person.Person] = person with { Country = guess };
        }
        return result;
    }

    // Named as where something happens: "in Thailand", "in Bangkok".
    private static bool IsVenue(IReadOnlyList<SentenceView> sentences, string country) =>
        sentences.Any(v => v.Places.Any(p => p.Place.Country == country && p.Place.Kind is PlaceKind.Country or PlaceKind.City
            && v.Text.AsSpan(0, p.Start).TrimEnd() is var before && (before.EndsWith(" in", StringComparison.Ordinal) || before.EndsWith(" at", StringComparison.Ordinal))));

    private static IEnumerable<string> Countries(SentenceView view)
    {
        foreach (var place in view.Places)
        {
            var before = view.Text[..place.Start].TrimEnd();
            var lastWord = before.Length == 0 ? "" : before[(before.LastIndexOf(' ') + 1)..];
            if (Portfolio.Contains(lastWord)) continue;
            // Being named beside a body ("on the sidelines of the SCO meeting", "the AU-led talks") is no sign of
            // representing it: a body is only ever read from words tied to the person ("UN envoy X").
            if (place.Place.IsBody) continue;
            // "in China's Qingdao": the possessive only says where the city is; the city is the place named.
            if (place.Possessive && view.Places.Any(p => p.Start > place.End && p.Start <= place.End + 4 && p.Place.Kind == PlaceKind.City)) continue;
            if (place.Place.Kind is PlaceKind.Country or PlaceKind.Demonym or PlaceKind.Institution || place.Place.IsCapital) yield return place.Place.Country;
        }
    }

    // Words of two sides meeting: "met", "talks with", "his counterpart", "phone call".
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:met|meet|meets|meeting|meetings|talks|counterparts?|spoke (?:with|to)|call with|phone call|summit)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TwoSides();
}
