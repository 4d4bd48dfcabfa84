using EnvoyGraph.Extraction.Coreference;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// The person the article is about so far: the one named most often before a point of the text (the most
/// recent wins a tie). "He also met X", "the minister headed to Paris", "his counterpart X" with no one named
/// before them in the sentence refer to that person.
/// </summary>
internal static class Salience
{
    /// <param name="sentence">The sentence the reference is in.</param>
    /// <param name="before">Offset in that sentence; mentions there from it on do not count.</param>
    /// <param name="excluded">People the clause names itself (one does not meet oneself).</param>
    public static int? Person(Cast cast, int sentence, int before, IReadOnlyCollection<int> excluded)
    {
        var counts = new Dictionary<int, (int Count, int Last)>();
        var order = 0;
        foreach (var m in cast.Mentions)
        {
            order++;
            if (m.Sentence > sentence || (m.Sentence == sentence && m.Start >= before) || excluded.Contains(m.Person)) continue;
            var (count, _) = counts.GetValueOrDefault(m.Person);
            counts[m.Person] = (count + 1, order);
        }
        if (counts.Count == 0) return null;
        return counts.MaxBy(c => (c.Value.Count, c.Value.Last)).Key;
    }
}
