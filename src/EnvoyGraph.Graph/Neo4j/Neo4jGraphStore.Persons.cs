using EnvoyGraph.Graph.Ingest;
using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j.Cypher;
using static EnvoyGraph.Graph.Neo4j.Neo4jValues;

namespace EnvoyGraph.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Person>> GetPersonsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        var result = await Run(ReadCypher.PersonsByIds, Neo4jParameters.Ids(ids), ct);
        return result.Column("person").Select(Person).ToList();
    }

    public Task<IReadOnlyList<Person>> FindPersonsByNameAsync(string name, CancellationToken ct = default)
    {
        var key = NameKey.Exact(name);
        return key is null ? Task.FromResult<IReadOnlyList<Person>>([]) : FindPersonsByNameKeysAsync([key], ct);
    }

    public async Task<IReadOnlyList<Person>> FindPersonsByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken ct = default)
    {
        if (nameKeys.Count == 0) return [];
        var result = await Run(ReadCypher.PersonsByNameKeys, new Neo4jParameters().With("keys", nameKeys.Distinct().ToArray()), ct);
        return result.Column("person").Select(Person).ToList();
    }

    public async Task<Page<Person>> QueryPersonsAsync(PersonQuery query, CancellationToken ct = default)
    {
        var parameters = PersonParameters(query);
        var after = query.After is null ? null : KeysetCursor.Decode(query.After, "persons", 2);
        parameters.With("afterSort", after?[0]).With("afterId", after?[1]).With("limit", Paging.Limit(query.First));
        var result = await Run(ReadCypher.PersonsPage, parameters, ct);
        var rows = result.Rows.Select(r => (Person: Person(r[0]), Sort: Str(r[1]) ?? "")).ToList();
        return Paging.ToPage(rows, query.First, x => x.Person, x => KeysetCursor.Encode("persons", x.Sort, x.Person.Id));
    }

    public async Task<int> CountPersonsAsync(PersonQuery query, CancellationToken ct = default) =>
        Int((await Run(ReadCypher.PersonsCount, PersonParameters(query), ct)).Single("n"));

    private static Neo4jParameters PersonParameters(PersonQuery q) => new Neo4jParameters()
        // The words of the search run together, as the exact name keys hold them (case, accents, punctuation ignored).
        .With("search", string.IsNullOrWhiteSpace(q.Search) ? null : string.Concat(NameKey.Tokens(q.Search)))
        .With("country", q.Country);

    public async Task<IReadOnlyList<Counterpart>> GetCounterpartsByPersonsAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default)
    {
        if (personIds.Count == 0) return [];
        var result = await Run(ReadCypher.CounterpartsByPersons, Neo4jParameters.Ids(personIds), ct);
        return result.Rows.Select(r => new Counterpart(Str(r[0])!, Str(r[1])!, Date(r[2]), Date(r[3]), List(r[4]))).ToList();
    }

    public async Task<IReadOnlyList<RoleSpan>> GetRolesByPersonsAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default)
    {
        if (personIds.Count == 0) return [];
        var result = await Run(ReadCypher.RolesByPersons, Neo4jParameters.Ids(personIds), ct);
        return result.Rows.Select(r => new RoleSpan(Str(r[0])!, Str(r[1])!, Str(r[2]) is { Length: > 0 } t ? t : null, Date(r[3]), Date(r[4]))).ToList();
    }

    public async Task<IReadOnlyList<Mention>> GetMentionsByPersonsAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default)
    {
        if (personIds.Count == 0) return [];
        var result = await Run(ReadCypher.MentionsByPersons, Neo4jParameters.Ids(personIds), ct);
        return result.Rows.Select(r => new Mention(Str(r[0])!, Str(r[1])!)).ToList();
    }
}
