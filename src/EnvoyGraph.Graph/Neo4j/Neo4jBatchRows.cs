using EnvoyGraph.Graph.Ingest;
using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j.Cypher;
using static EnvoyGraph.Graph.Neo4j.Neo4jValues;

namespace EnvoyGraph.Graph.Neo4j;

/// <summary>Turns a <see cref="GraphBatch"/> into the <c>$rows</c> of each write statement, in the order they run.</summary>
internal static class Neo4jBatchRows
{
    public static IReadOnlyList<CypherQuery> Queries(GraphBatch b)
    {
        var queries = new List<CypherQuery>();
        void Add<T>(CypherStatement statement, IEnumerable<T> rows)
        {
            var list = rows.ToArray();
            if (list.Length > 0) queries.Add(new CypherQuery(statement, new Dictionary<string, object?> { ["rows"] = list }));
        }

        Add(WriteCypher.RemoveReplacedArticles, b.ReplacedArticles.Distinct());
        Add(WriteCypher.UpsertCountries, b.Countries.Select(c => new { code = c.Code, name = c.Name, aliases = c.Aliases }));
        Add(WriteCypher.UpsertPersons, b.Persons.Select(p => new
        {
            id = p.Id, name = p.Name, aliases = p.Aliases, country = p.CountryCode, role = p.Role,
            sortName = NameKey.SortName(p.Name),
            nameKeys = NameKey.KeysOf(p).Order(StringComparer.Ordinal).ToArray(),
        }));
        Add(WriteCypher.UpsertArticles, b.Articles.Select(a => new
        {
            id = a.Id, url = a.Url, title = a.Title, outlet = a.Outlet, outletKey = a.Outlet?.Trim().ToLowerInvariant(),
            published = SortKey(a.Published), pubStart = StartText(a.Published), pubEnd = EndText(a.Published),
            sourcePath = a.SourcePath, contentHash = a.ContentHash,
        }));
        Add(WriteCypher.UpsertMeetings, b.Meetings.Select(m => new
        {
            id = m.Id, date = SortKey(m.Date), dateStart = StartText(m.Date), dateEnd = EndText(m.Date),
            mode = Mode(m.Mode), status = Status(m.Status), format = m.Format, location = m.Location,
        }));
        Add(WriteCypher.FoldMergedMeetings, b.MergedMeetings.Where(x => x.Key != x.Value).Select(x => new { old = x.Key, survivor = x.Value }));
        Add(WriteCypher.UpsertAttendances, b.Attendances.Select(a => new { personId = a.PersonId, meetingId = a.MeetingId, role = a.Role }));
        Add(WriteCypher.UpsertReports, b.Reports.Select(r => new { meetingId = r.MeetingId, articleId = r.ArticleId, evidence = r.Evidence, offset = r.Offset }));
        Add(WriteCypher.UpsertCounterparts, b.Counterparts.Select(c =>
        {
            // Stored once per pair, smaller id first, whatever order the caller gave.
            var (a, z) = string.CompareOrdinal(c.PersonA, c.PersonB) <= 0 ? (c.PersonA, c.PersonB) : (c.PersonB, c.PersonA);
            return new { a, b = z, firstSeen = c.FirstSeen?.ToString(), lastSeen = c.LastSeen?.ToString(), articleIds = c.ArticleIds };
        }));
        Add(WriteCypher.UpsertRoles, b.Roles.Select(r => new
        {
            personId = r.PersonId, countryCode = r.CountryCode, title = r.Title ?? "",
            firstSeen = r.FirstSeen?.ToString(), lastSeen = r.LastSeen?.ToString(),
        }));
        Add(WriteCypher.UpsertMentions, b.Mentions.Select(m => new { personId = m.PersonId, articleId = m.ArticleId }));
        if (b.ReplacedArticles.Count > 0) queries.Add(new CypherQuery(WriteCypher.DeleteOrphanMeetings));
        return queries;
    }
}
