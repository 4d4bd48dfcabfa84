using EnvoyGraph.Extraction.Lexicons;

namespace EnvoyGraph.Extraction.Mentions;

/// <summary>A country, body, demonym or city named in a sentence (span in the sentence).</summary>
internal sealed record PlaceMention(int Start, int End, Place Place, bool Possessive, string Text);

/// <summary>
/// Finds places by looking up runs of words (longest first) in the lexicon: a dictionary probe per word,
/// not one regular expression over hundreds of names.
/// </summary>
internal static class PlaceFinder
{
    public static IReadOnlyList<PlaceMention> Find(Lexicon lexicon, string sentence, IReadOnlyList<Token> tokens)
    {
        var found = new List<PlaceMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var j = Math.Min(tokens.Count - 1, i + lexicon.MaxPlaceWords - 1); j >= i; j--)
            {
                var surface = sentence[tokens[i].Start..tokens[j].End];
                // "China-Japan relations", "the US-ROK alliance": a compound of places names each of them.
                if (i == j && surface.Contains('-') && Halves(lexicon, sentence, tokens[i]) is { } halves)
                {
                    found.AddRange(halves);
                    break;
                }
                if (lexicon.PlaceAt(surface) is not { } place) continue;
                var rest = sentence.AsSpan(tokens[j].End);
                var possessive = rest.StartsWith("'s") || rest.StartsWith("’s") || rest.StartsWith("' ") || rest.StartsWith("’ ");
                found.Add(new PlaceMention(tokens[i].Start, tokens[j].End, place, possessive, surface));
                i = j;
                break;
            }
        }
        return found;
    }

    private static List<PlaceMention>? Halves(Lexicon lexicon, string sentence, Token token)
    {
        var halves = new List<PlaceMention>();
        var start = token.Start;
        foreach (var half in token.Text.Split('-'))
        {
            if (lexicon.PlaceAt(half) is not { } place || place.Kind == PlaceKind.City && !place.IsCapital) return null;
            halves.Add(new PlaceMention(start, start + half.Length, place, false, half));
            start += half.Length + 1;
        }
        return halves.Count >= 2 ? halves : null;
    }
}
