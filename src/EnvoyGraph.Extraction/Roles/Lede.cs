using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Roles;

/// <summary>
/// The country whose official a story is about, when its opening sentences introduce them by office alone
/// ("Indonesia's top diplomat concludes a three-nation trip", "Seoul's nuke envoy departs for Russia"): a
/// paper writes so of its own country's officials, and names the same person later without a nationality.
/// </summary>
internal static class Lede
{
    private const int Sentences = 2;
    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "diplomat", "envoy", "negotiator", "minister", "representative", "ambassador", "president", "leader", "premier", "chief",
    };

    public static string? CountryOf(IReadOnlyList<SentenceView> sentences)
    {
        foreach (var view in sentences.Take(Sentences))
            foreach (var place in view.Places)
            {
                if (place.Place.IsBody || !(place.Possessive && place.Place.Kind is PlaceKind.Country || place.Possessive && place.Place.IsCapital)) continue;
                // Up to three lower-case words ending in an office, and then no name: "Seoul's chief nuclear envoy left".
                var next = view.Tokens.ToList().FindIndex(t => t.Start >= place.End);
                if (next < 0) continue;
                // "Wu Dawei, China's special representative": an apposition to a name, not an office alone.
                var first = view.Tokens.ToList().FindIndex(t => t.Start >= place.Start);
                if (first > 0 && view.Tokens[first].Gap.Trim() == "," && view.IsPersonToken(first - 1)) continue;
                for (var k = next; k < Math.Min(view.Tokens.Count, next + 4); k++)
                {
                    var t = view.Tokens[k];
                    if (k > next && !t.Adjacent || t.IsCapitalised) break;
                    if (!Offices.Contains(t.Text)) continue;
                    var named = k + 1 < view.Tokens.Count && (view.IsPersonToken(k + 1) || view.Tokens[k + 1].Gap.Trim() == ",");
                    if (!named) return place.Place.Country;
                    break;
                }
            }
        return null;
    }
}
