using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Extraction.Mentions;
using EnvoyGraph.Extraction.Roles;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>
/// The person each sentence is about, where the text makes it plain: the first person it names who is not
/// the object of a preposition ("Following her talks with Mr Wang, Senator Wong said" is about Wong), or a
/// definite description at its start that fits one person named before ("The Chinese foreign minister signed
/// the guest book" is about the Chinese person named last). "He" and "she" in the next sentence usually
/// continue this person (the subject carries over), which <see cref="Salience"/> relies on.
/// </summary>
internal sealed class Topics
{
    private readonly Dictionary<int, (int Person, int Start)> bySentence = [];

    public static Topics None { get; } = new();

    private Topics() { }

    public static Topics Of(IReadOnlyList<SentenceView> sentences, IReadOnlyList<PersonProfile> profiles, Lexicon lexicon)
    {
        var topics = new Topics();
        var countryOf = profiles.ToDictionary(p => p.Person, p => p.Country);
        var lastOfCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var view in sentences)
        {
            var subject = view.People.FirstOrDefault(p => !Governed(view, p.First, lexicon));
            if (subject is not null)
                topics.bySentence[view.Sentence.Index] = (subject.Person, subject.Start);
            else if (Description(view, lexicon) is { } country && lastOfCountry.TryGetValue(country, out var described))
                topics.bySentence[view.Sentence.Index] = (described, 0);
            foreach (var p in view.People)
                if (countryOf.GetValueOrDefault(p.Person) is { } c) lastOfCountry[c] = p.Person;
        }
        return topics;
    }

    /// <summary>The sentence's topic, when it has one that starts before <paramref name="before"/>.</summary>
    public int? In(int sentence, int before = int.MaxValue) =>
        bySentence.TryGetValue(sentence, out var t) && t.Start < before ? t.Person : null;

    // "with [Chinese Foreign Minister] Wang Yi", "according to Mr X": the words before the name and its titles.
    private static bool Governed(SentenceView view, int first, Lexicon lexicon)
    {
        var tokens = view.Tokens;
        var i = first - 1;
        while (i >= 0 && tokens[i + 1].Adjacent && (lexicon.TitleWords.Contains(tokens[i].Lower.TrimEnd('.')) || (tokens[i].IsCapitalised && view.PlaceAt(tokens[i]) is not null)))
            i--;
        if (i >= 0 && tokens[i + 1].Adjacent && tokens[i].Lower is "the" or "his" or "her" or "their") i--;
        return i >= 0 && tokens[i + 1].Adjacent && Prepositions.Contains(tokens[i].Lower);
    }

    // "The Chinese foreign minister ...", "The U.S. envoy ...": a demonym or country and a title opening the sentence.
    private static string? Description(SentenceView view, Lexicon lexicon)
    {
        var tokens = view.Tokens;
        if (tokens.Count < 3 || tokens[0].Text != "The") return null;
        var place = view.PlaceAt(tokens[1]);
        if (place is null || place.Place.Kind is not (PlaceKind.Demonym or PlaceKind.Country)) return null;
        var next = tokens.FindIndex(t => t.Start >= place.End);
        return next >= 0 && lexicon.TitleWords.Contains(tokens[next].Lower.TrimEnd('.')) ? place.Place.Country : null;
    }

    private static readonly HashSet<string> Prepositions =
        ["with", "to", "of", "for", "by", "from", "at", "on", "about", "and", "between", "against", "toward", "towards", "than", "like", "including", "met", "meet", "meets", "meeting", "received", "told", "called"];
}

file static class TokenListExtensions
{
    public static int FindIndex(this IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (var i = 0; i < tokens.Count; i++) if (match(tokens[i])) return i;
        return -1;
    }
}
