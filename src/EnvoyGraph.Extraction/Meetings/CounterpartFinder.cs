using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Coreference;
using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// Counterpart pairs: "A ... his Japanese counterpart(,) B" and "A and her counterpart B" pair the person named
/// right after "counterpart" with the first person the sentence names before it; "A and his U.S. and Japanese
/// counterparts -- B and C" pairs A with each of the list. With no one named before ("the minister will meet
/// his Afghan counterpart B"), the owner is the person the article is about so far.
/// </summary>
internal static partial class CounterpartFinder
{
    public static IReadOnlyList<(int A, int B)> Find(IReadOnlyList<SentenceView> sentences, Cast cast)
    {
        var pairs = new List<(int, int)>();
        void Add(int a, int b)
        {
            if (a != b && !pairs.Contains((a, b)) && !pairs.Contains((b, a))) pairs.Add((a, b));
        }
        foreach (var view in sentences)
        {
            for (var i = 0; i < view.Tokens.Count; i++)
            {
                var word = view.Tokens[i].Text;
                var plural = word.Equals("counterparts", StringComparison.OrdinalIgnoreCase);
                if (!plural && !word.Equals("counterpart", StringComparison.OrdinalIgnoreCase)) continue;
                var after = view.People.FirstOrDefault(p => p.First > i && p.First <= i + 3);
                if (after is null) continue;
                var owner = view.People.FirstOrDefault(p => p.Last < i)?.Person
                    ?? (OwnerWord().IsMatch(view.Text[..view.Tokens[i].Start]) ? Salience.Person(cast, view.Sentence.Index, view.Tokens[i].Start, [after.Person], Topics.None) : null);
                if (owner is not { } a) continue;
                Add(a, after.Person);
                if (!plural) continue;
                // The rest of the list: people separated from the previous one only by commas, dashes and "and".
                var previous = after;
                foreach (var next in view.People.Where(p => p.Start > after.Start))
                {
                    if (!ListGap().IsMatch(view.Text[previous.End..next.Start])) break;
                    Add(a, next.Person);
                    previous = next;
                }
            }
        }
        return pairs;
    }

    // "his Afghan counterpart", "her French counterpart": the owner is a person named elsewhere.
    [GeneratedRegex(@"\b(?:his|her)\s+(?:[\p{L}.-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerWord();

    [GeneratedRegex(@"^[\s,]*(?:and\s+)?[\s\-–—,]*$")]
    private static partial Regex ListGap();
}
