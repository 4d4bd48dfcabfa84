using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// Counterpart pairs: "A ... his Japanese counterpart(,) B" and "A and her counterpart B". The person
/// named right after "counterpart" is paired with the first person the sentence names before it.
/// </summary>
internal static class CounterpartFinder
{
    public static IReadOnlyList<(int A, int B)> Find(IReadOnlyList<SentenceView> sentences)
    {
        var pairs = new List<(int, int)>();
        foreach (var view in sentences)
        {
            for (var i = 0; i < view.Tokens.Count; i++)
            {
                if (!view.Tokens[i].Text.Equals("counterpart", StringComparison.OrdinalIgnoreCase)) continue;
                var after = view.People.FirstOrDefault(p => p.First > i && p.First <= i + 3);
                var before = view.People.FirstOrDefault(p => p.Last < i);
                if (after is null || before is null || after.Person == before.Person) continue;
                if (!pairs.Contains((before.Person, after.Person)) && !pairs.Contains((after.Person, before.Person))) pairs.Add((before.Person, after.Person));
            }
        }
        return pairs;
    }
}
