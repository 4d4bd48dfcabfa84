using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>
/// Finds the one Person a name stands for, across the store and the batch being ingested, or makes a
/// new one with a free readable id. Exact name/alias keys match first (a country conflict keeps them
/// apart); other name forms match only under <see cref="NameForms"/>, with the same known country and
/// exactly one candidate.
/// </summary>
internal sealed class PersonResolver(IGraphStore store)
{
    private readonly Dictionary<string, PersonState> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PersonState>> _byKey = new(StringComparer.Ordinal);

    public IEnumerable<PersonState> Changed => _byId.Values.Where(p => p.IsNew || p.IsChanged);

    public PersonState? this[string id] => _byId.GetValueOrDefault(id);

    /// <summary>Loads the stored persons any of <paramref name="names"/> could match.</summary>
    public async Task PreloadAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var tokens = NameKey.Tokens(name);
            if (tokens.Count == 0) continue;
            keys.Add("n:" + string.Concat(tokens));
            keys.Add(NameKey.Token(tokens[0]));
            keys.Add(NameKey.Token(tokens[^1]));
        }
        keys.ExceptWith(_loadedKeys);
        if (keys.Count == 0) return;
        _loadedKeys.UnionWith(keys);
        foreach (var p in await store.FindPersonsByNameKeysAsync(keys, ct)) Add(new PersonState(p, isNew: false));
    }

    private readonly HashSet<string> _loadedKeys = new(StringComparer.Ordinal);

    /// <summary>Loads stored persons by id (participants of stored meetings), for their countries.</summary>
    public async Task LoadByIdsAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var missing = ids.Where(id => !_byId.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0) return;
        foreach (var p in await store.GetPersonsAsync(missing, ct)) Add(new PersonState(p, isNew: false));
    }

    public async Task<PersonState> ResolveAsync(string name, string? countryCode, CancellationToken ct)
    {
        var tokens = NameKey.Tokens(name);
        var exact = Candidates("n:" + string.Concat(tokens))
            .Where(p => countryCode is null || p.CountryCode is null || p.CountryCode == countryCode)
            .OrderBy(p => p.CountryCode == countryCode ? 0 : 1).ThenBy(p => p.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        var match = exact ?? FuzzyMatch(tokens, countryCode);
        if (match is not null)
        {
            match.AddForm(name, countryCode);
            Index(match);
            return match;
        }
        var created = new PersonState(new Person(await FreeIdAsync(name, countryCode, ct), name.Trim(), [], countryCode, null), isNew: true);
        Add(created);
        return created;
    }

    private PersonState? FuzzyMatch(IReadOnlyList<string> tokens, string? countryCode)
    {
        if (countryCode is null || tokens.Count == 0) return null;
        var found = Candidates(NameKey.Token(tokens[0])).Concat(Candidates(NameKey.Token(tokens[^1])))
            .Distinct()
            .Where(p => p.CountryCode == countryCode && p.Forms.Any(f => NameForms.Compatible(tokens, NameKey.Tokens(f))))
            .Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private IEnumerable<PersonState> Candidates(string key) =>
        _byKey.TryGetValue(key, out var list) ? list : [];

    private async Task<string> FreeIdAsync(string name, string? countryCode, CancellationToken ct)
    {
        var slug = NameKey.Slug(name);
        var options = new List<string> { slug };
        if (countryCode is not null) options.Add($"{slug}-{countryCode.ToLowerInvariant()}");
        for (var i = 2; i < 50; i++) options.Add(countryCode is null ? $"{slug}-{i}" : $"{slug}-{countryCode.ToLowerInvariant()}-{i}");
        var stored = (await store.GetPersonsAsync(options.Where(o => !_byId.ContainsKey(o)).ToList(), ct)).Select(p => p.Id).ToHashSet();
        return options.First(o => !_byId.ContainsKey(o) && !stored.Contains(o));
    }

    private void Add(PersonState p)
    {
        if (_byId.ContainsKey(p.Id)) return;
        _byId[p.Id] = p;
        Index(p);
    }

    private void Index(PersonState p)
    {
        foreach (var key in NameKey.KeysOf(p.ToPerson()))
        {
            if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
            if (!list.Contains(p)) list.Add(p);
        }
    }
}
