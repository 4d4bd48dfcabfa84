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
}
