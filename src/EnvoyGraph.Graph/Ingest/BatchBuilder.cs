using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>
/// Turns the facts of the articles of one ingest call into one <see cref="GraphBatch"/>: persons
/// resolved, meetings placed, and the edges (attendances, reports, counterparts, roles, mentions)
/// merged with what the store already holds.
/// </summary>
internal sealed class BatchBuilder
{
    private readonly IGraphStore _store;
    private readonly PersonResolver _persons;
    private readonly MeetingMerger _meetings;
    private readonly Dictionary<string, Country> _countries = new(StringComparer.Ordinal);
    private readonly List<Article> _articles = [];
    private readonly List<(MeetingState Meeting, string ArticleId, string Evidence, int? Offset)> _reports = [];
    private readonly Dictionary<(MeetingState, string), string?> _attendanceRoles = [];
    private readonly Dictionary<(string, string), HashSet<string>> _counterparts = [];
    private readonly Dictionary<(string, string), (PartialDate? First, PartialDate? Last)> _counterpartDates = [];
    private readonly Dictionary<(string Person, string Country, string Title), (PartialDate? First, PartialDate? Last)> _roles = [];
    private readonly HashSet<(string, string)> _mentions = [];

    private readonly Lexicon _lexicon;

    public BatchBuilder(IGraphStore store, Lexicon lexicon)
    {
        _store = store;
        _lexicon = lexicon;
        _persons = new PersonResolver(store);
        _meetings = new MeetingMerger(store, _persons);
    }

    public Task PreloadAsync(IEnumerable<ArticleFacts> facts, CancellationToken ct) =>
        _persons.PreloadAsync(facts.SelectMany(f => f.Persons.Select(p => p.Name)
            .Concat(f.Persons.SelectMany(p => p.Aliases ?? []))
            .Concat(f.Meetings.SelectMany(m => m.Participants))
            .Concat(f.Counterparts.SelectMany(c => c))), ct);

    public async Task AddArticleAsync(string articleId, IngestItem item, CancellationToken ct)
    {
        var facts = item.Facts;
        var published = ParsePublished(facts.Published);
        _articles.Add(new Article(articleId, Blank(facts.Url), Blank(facts.Title), Blank(facts.Outlet), published, Blank(facts.Source), item.ContentHash));

        // The article's own persons first, so participants resolve to them by name form.
        var local = new List<(IReadOnlyList<string> Tokens, PersonState Person, string? Role)>();
        foreach (var p in facts.Persons.Where(p => NameKey.Exact(p.Name) is not null))
        {
            var country = Country(p.Country);
            var person = await _persons.ResolveAsync(p.Name, country, ct);
            foreach (var alias in p.Aliases ?? []) if (NameKey.Exact(alias) is not null) person.AddForm(alias, country);
            person.SetRole(p.Role);
            local.Add((NameKey.Tokens(p.Name), person, Blank(p.Role)));
            _mentions.Add((person.Id, articleId));
            if (country is not null) AddRole(person.Id, country, Blank(p.Role), published);
        }

        async Task<(PersonState Person, string? Role)?> LookupAsync(string name)
        {
            var tokens = NameKey.Tokens(name);
            if (tokens.Count == 0) return null;
            var exact = local.FirstOrDefault(l => string.Concat(l.Tokens) == string.Concat(tokens));
            if (exact.Person is not null) return (exact.Person, exact.Role);
            var forms = local.Where(l => NameForms.Compatible(tokens, l.Tokens)).Select(l => l.Person).Distinct().ToList();
            if (forms.Count == 1) return (forms[0], local.First(l => l.Person == forms[0]).Role);
            var person = await _persons.ResolveAsync(name, null, ct);
            local.Add((tokens, person, null));
            _mentions.Add((person.Id, articleId));
            return (person, null);
        }

        foreach (var m in facts.Meetings)
        {
            var participants = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in m.Participants)
                if (await LookupAsync(name) is { } found) participants.TryAdd(found.Person.Id, found.Role);
            if (participants.Count < 2) continue; // a meeting needs two named persons to say who met whom
            PartialDate.TryParse(m.Date, out var date);
            var meeting = await _meetings.PlaceAsync(participants.Keys, date, ParseMode(m.Mode), ParseStatus(m.Status), Blank(m.Location), ct);
            if (!_reports.Any(r => r.Meeting == meeting && r.ArticleId == articleId))
                _reports.Add((meeting, articleId, m.Evidence ?? "", m.Offset));
            foreach (var (person, role) in participants)
                if (role is not null || !_attendanceRoles.ContainsKey((meeting, person))) _attendanceRoles[(meeting, person)] = role;
        }

        foreach (var pair in facts.Counterparts.Where(c => c.Count == 2))
        {
            if (await LookupAsync(pair[0]) is not { } a || await LookupAsync(pair[1]) is not { } b || a.Person == b.Person) continue;
            var key = string.CompareOrdinal(a.Person.Id, b.Person.Id) < 0 ? (a.Person.Id, b.Person.Id) : (b.Person.Id, a.Person.Id);
            if (!_counterparts.TryGetValue(key, out var articles)) _counterparts[key] = articles = [];
            articles.Add(articleId);
            _counterpartDates.TryGetValue(key, out var span);
            _counterpartDates[key] = (Min(span.First, published), Max(span.Last, published));
        }
    }

    public async Task<(GraphBatch Batch, (int Persons, int Meetings, int Counterparts) Counts)> BuildAsync(
        IReadOnlyList<string> replacedArticles, CancellationToken ct)
    {
        var persons = _persons.Changed.Select(p => p.ToPerson()).ToList();
        var changedMeetings = _meetings.Meetings.Where(m => m.IsChanged).ToList();
        var meetings = changedMeetings.Select(m => m.ToMeeting(_meetings.FormatOf(m))).ToList();
        var attendances = changedMeetings
            .SelectMany(m => m.Participants.Select(p => new Attendance(p, m.Id, _attendanceRoles.GetValueOrDefault((m, p)))))
            .ToList();
        var reports = _reports.Select(r => new Report(r.Meeting.Id, r.ArticleId, r.Evidence, r.Offset)).ToList();

        var storedPairs = (await _store.GetCounterpartsByPersonsAsync(_counterparts.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().ToList(), ct))
            .ToDictionary(c => (c.PersonA, c.PersonB));
        var counterparts = new List<Counterpart>();
        foreach (var (key, articles) in _counterparts)
        {
            var (first, last) = _counterpartDates[key];
            if (storedPairs.TryGetValue(key, out var old))
            {
                first = Min(first, old.FirstSeen);
                last = Max(last, old.LastSeen);
                articles.UnionWith(old.ArticleIds);
            }
            counterparts.Add(new Counterpart(key.Item1, key.Item2, first, last, articles.Order(StringComparer.Ordinal).ToList()));
        }

        var storedRoles = (await _store.GetRolesByPersonsAsync(_roles.Keys.Select(k => k.Person).Distinct().ToList(), ct))
            .ToDictionary(r => (r.PersonId, r.CountryCode, r.Title ?? ""));
        var roles = _roles.Select(kv =>
        {
            var (first, last) = kv.Value;
            if (storedRoles.TryGetValue(kv.Key, out var old)) (first, last) = (Min(first, old.FirstSeen), Max(last, old.LastSeen));
            return new RoleSpan(kv.Key.Person, kv.Key.Country, kv.Key.Title.Length == 0 ? null : kv.Key.Title, first, last);
        }).ToList();

        var batch = new GraphBatch(persons, _countries.Values.ToList(), meetings, _articles, attendances, reports, counterparts, roles,
            _mentions.Select(m => new Mention(m.Item1, m.Item2)).ToList(), _meetings.Merged)
        {
            ReplacedArticles = replacedArticles,
        };
        var created = (persons.Count(p => _persons[p.Id]!.IsNew), changedMeetings.Count(m => m.IsNew), counterparts.Count(c => !storedPairs.ContainsKey((c.PersonA, c.PersonB))));
        return (batch, created);
    }

    private string? Country(string? name)
    {
        if (CountryCodes.Resolve(name, _lexicon) is not { } country) return null;
        _countries.TryAdd(country.Code, country);
        return country.Code;
    }

    private void AddRole(string person, string country, string? title, PartialDate? seen)
    {
        var key = (person, country, title ?? "");
        _roles.TryGetValue(key, out var span);
        _roles[key] = (Min(span.First, seen), Max(span.Last, seen));
    }

    private static PartialDate? Min(PartialDate? a, PartialDate? b) => a is null ? b : b is null ? a : a.Value.CompareTo(b.Value) <= 0 ? a : b;
    private static PartialDate? Max(PartialDate? a, PartialDate? b) => a is null ? b : b is null ? a : a.Value.CompareTo(b.Value) >= 0 ? a : b;

    /// <summary>"2017-10-19", "2017-10", or a timestamp starting with a date.</summary>
    private static PartialDate? ParsePublished(string? text)
    {
        if (PartialDate.TryParse(text, out var date)) return date;
        if (text is { Length: > 10 } && PartialDate.TryParse(text[..10], out date)) return date;
        return null;
    }

    private static MeetingMode ParseMode(string? mode) => mode?.Trim().ToLowerInvariant() switch
    {
        "in_person" or "in-person" or "inperson" => MeetingMode.InPerson,
        "phone" => MeetingMode.Phone,
        "video" => MeetingMode.Video,
        _ => MeetingMode.Unknown,
    };

    private static MeetingStatus ParseStatus(string? status) =>
        string.Equals(status?.Trim(), "planned", StringComparison.OrdinalIgnoreCase) ? MeetingStatus.Planned : MeetingStatus.Held;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
