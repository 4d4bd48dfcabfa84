using EnvoyGraph.Extraction.Meetings;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Roles;

/// <summary>
/// Fills a country the text leaves implicit: when the article is about the envoys of two countries and a
/// person's counterpart represents one of them, the person represents the other ("the envoys of South Korea
/// and Japan" ... "Lee and his Japanese counterpart Takizaki" → Lee represents South Korea).
/// </summary>
internal static class CountryInference
{
    public static IReadOnlyList<PersonProfile> Infer(IReadOnlyList<PersonProfile> profiles, IReadOnlyList<(int A, int B)> counterparts, IReadOnlyList<SentenceView> sentences)
    {
        var pairsOfCountries = sentences.Select(CountryGroup.In).Where(g => g.Count == 2).ToList();
        if (pairsOfCountries.Count == 0) return profiles;
        var result = profiles.ToList();
        foreach (var (a, b) in counterparts)
            foreach (var (unknown, known) in new[] { (a, b), (b, a) })
            {
                if (result[unknown].Country is not null || result[known].Country is not { } country) continue;
                var other = pairsOfCountries.Where(g => g.Contains(country)).Select(g => g.First(c => c != country)).FirstOrDefault();
                if (other is not null) result[unknown] = result[unknown] with { Country = other };
            }
        return result;
    }
}
