using EnvoyGraph.Extraction.Coreference;
using EnvoyGraph.Extraction.Lexicons;

namespace EnvoyGraph.Extraction.Roles;

/// <summary>
/// A well-known office holder's country is what the reader knows, not what the article's neighbouring words
/// suggest: "Moon Jae-in" named in a story about North Korea is still South Korea's. People listed in
/// people.tsv take that country before the guesses for everyone else are made (so those guesses can leave it out);
/// so does a person named by a listed family name only ("Witkoff"), when the text gives them no country.
/// </summary>
internal static class KnownPeople
{
    public static IReadOnlyList<PersonProfile> Apply(IReadOnlyList<PersonProfile> profiles, Cast cast, Lexicon lexicon)
    {
        List<PersonProfile>? result = null;
        foreach (var profile in profiles)
        {
            var member = cast.People[profile.Person];
            // A family name alone ("Witkoff said") only fills a country the text left open.
            var known = lexicon.KnownPersonCountry(member.Name)
                ?? (member.Parts.Count == 1 && profile.Country is null ? lexicon.KnownFamilyNameCountry(member.Name) : null);
            if (known is null || known == profile.Country) continue;
            result ??= profiles.ToList();
            result[profile.Person] = profile with { Country = known };
        }
        return result ?? profiles;
    }
}
