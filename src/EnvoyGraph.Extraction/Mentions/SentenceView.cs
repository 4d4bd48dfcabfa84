using EnvoyGraph.Extraction.Coreference;
using EnvoyGraph.Extraction.Sentences;

namespace EnvoyGraph.Extraction.Mentions;

/// <summary>A sentence with everything found in it: words, places, time phrases and (once resolved) people.</summary>
internal sealed record SentenceView(Sentence Sentence, IReadOnlyList<Token> Tokens, IReadOnlyList<PlaceMention> Places, IReadOnlyList<DateMention> Dates)
{
    private IReadOnlyList<PersonMention> people = [];

    public string Text => Sentence.Text;
    public IReadOnlyList<PersonMention> People => people;

    public SentenceView WithPeople(IEnumerable<PersonMention> mentions) =>
        this with { people = mentions.OrderBy(m => m.Start).ToList() };

    public PlaceMention? PlaceAt(Token token) =>
        Places.FirstOrDefault(p => token.Start >= p.Start && token.Start < p.End);

    public bool IsPersonToken(int index) => people.Any(p => index >= p.First && index <= p.Last);

    public PersonMention? PersonAt(int index) => people.FirstOrDefault(p => index >= p.First && index <= p.Last);
}
