using EnvoyGraph.Extraction.Lexicons;

namespace EnvoyGraph.Extraction.Mentions;

/// <summary>A country, body, demonym or city named in a sentence (span in the sentence).</summary>
internal sealed record PlaceMention(int Start, int End, Place Place, bool Possessive, string Text);

internal static class PlaceFinder
{
    public static IReadOnlyList<PlaceMention> Find(Lexicon lexicon, string sentence)
    {
        var found = new List<PlaceMention>();
        foreach (System.Text.RegularExpressions.Match m in lexicon.PlacePattern.Matches(sentence))
        {
            var place = lexicon.PlaceAt(m.Value)!;
            var rest = sentence.AsSpan(m.Index + m.Length);
            var possessive = rest.StartsWith("'s") || rest.StartsWith("’s") || rest.StartsWith("' ") || rest.StartsWith("’ ");
            found.Add(new PlaceMention(m.Index, m.Index + m.Length, place, possessive, m.Value));
        }
        return found;
    }
}
