using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Coreference;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Extraction.Meetings;
using EnvoyGraph.Extraction.Mentions;
using EnvoyGraph.Extraction.Reading;
using EnvoyGraph.Extraction.Roles;
using EnvoyGraph.Extraction.Sentences;

namespace EnvoyGraph.Extraction;

/// <summary>
/// An article as read: its text (plain or HTML), where it came from, and what its supplier knows about it
/// (a crawl manifest, <c>--url</c>). Supplied metadata wins over what is read from the page.
/// </summary>
/// <param name="Url">The article's address; its date and year help date the story when the page does not.</param>
/// <param name="Published">The day the article was published: the "now" relative dates are resolved against.</param>
/// <param name="Outlet">The outlet that published it.</param>
public sealed record ArticleInput(string Source, string Text, string? Url = null, DateOnly? Published = null, string? Outlet = null);

/// <summary>
/// Text → <see cref="ArticleFacts"/>. Pure: no I/O, no clock; the publication date is "now".
/// The stages, each returning a new value: reading (HTML, chrome, publication date) → sentences →
/// mentions (names, places, time phrases) → coreference (who each name is) → roles (country, office)
/// → meetings (candidates, then merged) and counterparts → facts. Thread-safe; build one per lexicon.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly Lexicon lexicon;
    private readonly CastBuilder castBuilder;
    private readonly ProfileReader profileReader;
    private readonly MeetingDetector meetingDetector;

    private ArticleExtractor(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        castBuilder = new CastBuilder(lexicon);
        profileReader = new ProfileReader(lexicon);
        meetingDetector = new MeetingDetector(lexicon);
    }

    /// <summary>An extractor over the built-in lexicons.</summary>
    public static ArticleExtractor Default { get; } = new(Lexicon.BuiltIn);

    /// <summary>An extractor over the given lexicons (e.g. <c>Lexicon.BuiltIn.With(userFiles)</c>).</summary>
    public static ArticleExtractor Create(Lexicon lexicon) => new(lexicon);

    /// <summary>The lexicons this extractor uses (for country codes: <see cref="Lexicon.CountryCode"/>).</summary>
    public Lexicon Lexicon => lexicon;

    public ArticleFacts Extract(ArticleInput input)
    {
        var article = ArticleReader.Read(input);
        var sentences = SentenceSplitter.Split(article.Body);

        var lowerWords = LowerCaseWords(article.Body);
        var names = new NameFinder(lexicon, lowerWords);
        var views = sentences.Select(s =>
        {
            var tokens = Tokenizer.Tokenize(s.Text);
            return new SentenceView(s, tokens, PlaceFinder.Find(lexicon, s.Text, tokens), DateFinder.Find(s.Text));
        }).ToList();
        var nameMentions = views.SelectMany(v => names.Find(v.Sentence.Index, v.Tokens, v.Places)).ToList();
        var cast = castBuilder.Build(nameMentions, i => views[i].Tokens);
        views = views.Select(v => v.WithPeople(cast.In(v.Sentence.Index))).ToList();

        var counterparts = CounterpartFinder.Find(views, cast);
        var profiles = CountryGuess.Fill(KnownPeople.Apply(CountryInference.Infer(profileReader.Read(cast, i => views[i]), counterparts, views), cast, lexicon), cast, views, counterparts, Dateline.CountryOf(lexicon, article, views) ?? Lede.CountryOf(views),
            OutletCountry.Of(lexicon, article.Url, views.SelectMany(v => v.Places).Select(p => p.Place.Country)));
        var meetings = MeetingDate.Settle(MeetingMerger.Merge(meetingDetector.Detect(views, cast, profiles, article.Published,
            article.Published is null && article.Url is { } url ? UrlDate.YearMonth(url) : null)));

        string Name(int id) => cast.People[id].Name;
        return new ArticleFacts(
            input.Source,
            article.Url,
            article.Title,
            article.Outlet,
            article.Published?.ToString("yyyy-MM-dd"),
            cast.People.Select(p => new PersonFact(p.Name, profiles[p.Id].Country, profiles[p.Id].Role)).ToList(),
            meetings.Select(m => new MeetingFact(m.Participants.Select(Name).ToList(), m.Date?.ToString(), m.Mode, m.Location, m.Status, m.Evidence, m.Offset)).ToList(),
            counterparts.Select(c => (IReadOnlyList<string>)[Name(c.A), Name(c.B)]).ToList());
    }

    // Words the article writes in lower case are common words, even when a sentence starts with them.
    private static HashSet<string> LowerCaseWords(IReadOnlyList<Paragraph> body)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in body)
            foreach (Match m in LowerWord().Matches(p.Text))
                words.Add(m.Value);
        return words;
    }

    private static readonly Regex lowerWord = new(@"(?<![\p{L}\-'’@#/._])\p{Ll}[\p{L}\-]*(?![@/.]\p{L})", RegexOptions.Compiled);
    private static Regex LowerWord() => lowerWord;
}
