using EnvoyGraph.Extraction.Coreference;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// Who "he", "she" or a bare title refers to: the subject carried over from the same sentence or the last
/// sentences that have one (<see cref="Topics"/>: "X met Y on Saturday. On Sunday he held talks with Z" is
/// X's meeting), else the person the article is about so far: the one named most often before that point of
/// the text (the most recent wins a tie). "He also met X", "the minister headed to Paris", "his counterpart X" with no one named
/// before them in the sentence refer to that person.
/// </summary>
internal static class Salience
{
    /// <param name="sentence">The sentence the reference is in.</param>
    /// <param name="before">Offset in that sentence; mentions there from it on do not count.</param>
    /// <param name="excluded">People the clause names itself (one does not meet oneself).</param>
    /// <param name="topics">The article's sentence subjects; <see cref="Topics.None"/> to go by frequency only.</param>
    public static int? Person(Cast cast, int sentence, int before, IReadOnlyCollection<int> excluded, Topics topics)
    {
        if (topics.In(sentence, before) is { } here) return excluded.Contains(here) ? Frequent(cast, sentence, before, excluded) : here;
        for (var s = sentence - 1; s >= Math.Max(0, sentence - MaxSentencesBack); s--)
        {
            if (topics.In(s) is not { } topic) continue;
            if (!excluded.Contains(topic)) return topic;
            break;
        }
        return Frequent(cast, sentence, before, excluded);
    }

    // How far back a subject still carries over to "he".
    private const int MaxSentencesBack = 3;

    private static int? Frequent(Cast cast, int sentence, int before, IReadOnlyCollection<int> excluded)
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
