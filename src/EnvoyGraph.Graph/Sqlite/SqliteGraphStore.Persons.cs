using EnvoyGraph.Graph.Ingest;
using EnvoyGraph.Graph.Model;
using Microsoft.Data.Sqlite;

namespace EnvoyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<Person>> GetPersonsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, "p", $"SELECT {SqliteRows.PersonColumns} FROM persons p WHERE p.id IN ({{0}})", SqliteRows.Person, ct);

    public Task<IReadOnlyList<Person>> FindPersonsByNameAsync(string name, CancellationToken ct = default)
    {
        var key = NameKey.Exact(name);
        return key is null ? Task.FromResult<IReadOnlyList<Person>>([]) : FindPersonsByNameKeysAsync([key], ct);
    }

    public Task<Page<Person>> QueryPersonsAsync(PersonQuery query, CancellationToken ct = default) =>
        ReadAsync(async c =>
        {
            await using var cmd = PersonsCommand(c, query, count: false);
            var rows = await cmd.ListAsync(r => (Person: SqliteRows.Person(r), Sort: r.GetString(5)), ct);
            return Paging.ToPage(rows, query.First, x => x.Person, x => KeysetCursor.Encode("persons", x.Sort, x.Person.Id));
        }, ct);

    public Task<int> CountPersonsAsync(PersonQuery query, CancellationToken ct = default) =>
        ReadAsync(async c =>
        {
            await using var cmd = PersonsCommand(c, query with { After = null }, count: true);
            return (int)await cmd.ScalarAsync(ct);
        }, ct);

    private static SqliteCommand PersonsCommand(SqliteConnection c, PersonQuery q, bool count)
    {
        var cmd = c.Command("");
        var where = new List<string>();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            // Substring of any name or alias, compared on the exact keys (case, accents, punctuation ignored).
            var needle = string.Concat(NameKey.Tokens(q.Search));
            where.Add("EXISTS (SELECT 1 FROM person_keys k WHERE k.person_id = p.id AND k.key >= 'n:' AND k.key < 'n;' AND instr(k.key, @search) > 2)");
            cmd.With("@search", needle);
        }
        if (q.Country is not null)
        {
            where.Add("p.country_code = @country");
            cmd.With("@country", q.Country);
        }
        if (q.After is not null && !count)
        {
            var key = KeysetCursor.Decode(q.After, "persons", 2);
            where.Add("(p.sort_name, p.id) > (@afterSort, @afterId)");
            cmd.With("@afterSort", key[0]).With("@afterId", key[1]);
        }
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        cmd.CommandText = count
            ? $"SELECT count(*) FROM persons p {filter}"
            : $"SELECT {SqliteRows.PersonColumns}, p.sort_name FROM persons p {filter} ORDER BY p.sort_name, p.id LIMIT @limit";
        if (!count) cmd.With("@limit", Paging.Limit(q.First));
        return cmd;
    }

    public Task<IReadOnlyList<Counterpart>> GetCounterpartsByPersonsAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Counterpart>>(async c =>
        {
            var result = new Dictionary<(string, string), Counterpart>();
            foreach (var chunk in personIds.Distinct().Chunk(400))
            {
                await using var cmd = c.Command("");
                var ids = cmd.InList("p", chunk);
                cmd.CommandText = $"""
                    SELECT person_a, person_b, first_seen, last_seen, article_ids FROM counterparts
                    WHERE person_a IN ({ids}) OR person_b IN ({ids})
                    """;
                foreach (var x in await cmd.ListAsync(r => new Counterpart(r.GetString(0), r.GetString(1), r.Date(2), r.Date(3), SqliteRows.ReadList(r.GetString(4))), ct))
                    result[(x.PersonA, x.PersonB)] = x;
            }
            return result.Values.ToList();
        }, ct);

    public Task<IReadOnlyList<RoleSpan>> GetRolesByPersonsAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default) =>
        ByIdsAsync(personIds, "p",
            "SELECT person_id, country_code, title, first_seen, last_seen FROM roles WHERE person_id IN ({0}) ORDER BY person_id, first_seen, title",
            r => new RoleSpan(r.GetString(0), r.GetString(1), r.GetString(2) is { Length: > 0 } t ? t : null, r.Date(3), r.Date(4)), ct);

    public Task<IReadOnlyList<Mention>> GetMentionsByPersonsAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default) =>
        ByIdsAsync(personIds, "p", "SELECT person_id, article_id FROM mentions WHERE person_id IN ({0})",
            r => new Mention(r.GetString(0), r.GetString(1)), ct);

    /// <summary>Runs <paramref name="sqlTemplate"/> (with {0} for the id list) over <paramref name="ids"/> in chunks.</summary>
    private Task<IReadOnlyList<T>> ByIdsAsync<T>(IReadOnlyCollection<string> ids, string prefix, string sqlTemplate,
        Func<SqliteDataReader, T> map, CancellationToken ct)
    {
        if (ids.Count == 0) return Task.FromResult<IReadOnlyList<T>>([]);
        return ReadAsync<IReadOnlyList<T>>(async c =>
        {
            var result = new List<T>();
            foreach (var chunk in ids.Distinct().Chunk(500))
            {
                await using var cmd = c.Command("");
                cmd.CommandText = string.Format(sqlTemplate, cmd.InList(prefix, chunk));
                result.AddRange(await cmd.ListAsync(map, ct));
            }
            return result;
        }, ct);
    }
}
