namespace EnvoyGraph.Graph.Neo4j.Cypher;

/// <summary>
/// The statements of one <c>ApplyAsync</c> batch, in the order they run inside its single transaction
/// (the order of the SQLite store: nodes before edges, merged meetings before the edges that name the
/// survivor, orphans last). Each takes <c>$rows</c>; MERGE on the key makes a re-load a no-op.
/// Edge statements return the rows whose end nodes are missing, so the batch can be rolled back with a message naming them.
/// </summary>
public static class WriteCypher
{
    /// <summary>Articles whose content changed lose their reports and mentions; the meetings they reported are re-checked at the end.</summary>
    public static readonly CypherStatement RemoveReplacedArticles = new("remove replaced articles", """
        UNWIND $rows AS id
        MATCH (a:Article {id: id})
        OPTIONAL MATCH (m:Meeting)-[r:REPORTED_IN]->(a)
        FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END |
          SET m:PendingOrphanCheck
          DELETE r)
        WITH DISTINCT a
        OPTIONAL MATCH (:Person)-[x:MENTIONED_IN]->(a)
        FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | DELETE x)
        """);

    public static readonly CypherStatement UpsertCountries = new("upsert countries", """
        UNWIND $rows AS row
        MERGE (c:Country {code: row.code})
        SET c.name = row.name, c.aliases = row.aliases
        """);

    public static readonly CypherStatement UpsertPersons = new("upsert persons", """
        UNWIND $rows AS row
        MERGE (p:Person {id: row.id})
        SET p.name = row.name, p.aliases = row.aliases, p.country = row.country, p.role = row.role,
            p.sortName = row.sortName, p.nameKeys = row.nameKeys
        """);

    public static readonly CypherStatement UpsertArticles = new("upsert articles", """
        UNWIND $rows AS row
        MERGE (a:Article {id: row.id})
        SET a.url = row.url, a.title = row.title, a.outlet = row.outlet, a.outletKey = row.outletKey,
            a.published = row.published, a.pubStart = date(row.pubStart), a.pubEnd = date(row.pubEnd),
            a.sourcePath = row.sourcePath, a.contentHash = row.contentHash
        """);

    public static readonly CypherStatement UpsertMeetings = new("upsert meetings", """
        UNWIND $rows AS row
        MERGE (m:Meeting {id: row.id})
        SET m.date = row.date, m.dateStart = date(row.dateStart), m.dateEnd = date(row.dateEnd),
            m.mode = row.mode, m.status = row.status, m.format = row.format, m.location = row.location
        """);

    /// <summary>Folds a meeting into its survivor: attendances and reports move (the survivor's own win), the old node goes.</summary>
    public static readonly CypherStatement FoldMergedMeetings = new("fold merged meetings", """
        UNWIND $rows AS row
        MATCH (old:Meeting {id: row.old})
        MATCH (survivor:Meeting {id: row.survivor})
        OPTIONAL MATCH (p:Person)-[a:ATTENDED]->(old)
        FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END |
          MERGE (p)-[b:ATTENDED]->(survivor)
          ON CREATE SET b.role = a.role)
        WITH DISTINCT old, survivor
        OPTIONAL MATCH (old)-[r:REPORTED_IN]->(art:Article)
        FOREACH (_ IN CASE WHEN art IS NULL THEN [] ELSE [1] END |
          MERGE (survivor)-[s:REPORTED_IN]->(art)
          ON CREATE SET s.evidence = r.evidence, s.offset = r.offset)
        WITH DISTINCT old
        DETACH DELETE old
        """);

    public static readonly CypherStatement UpsertAttendances = new("upsert ATTENDED", """
        UNWIND $rows AS row
        OPTIONAL MATCH (p:Person {id: row.personId})
        OPTIONAL MATCH (m:Meeting {id: row.meetingId})
        FOREACH (_ IN CASE WHEN p IS NOT NULL AND m IS NOT NULL THEN [1] ELSE [] END |
          MERGE (p)-[a:ATTENDED]->(m)
          SET a.role = coalesce(row.role, a.role))
        WITH row, p, m
        WHERE p IS NULL OR m IS NULL
        RETURN row.personId AS fromId, p IS NOT NULL AS fromFound, row.meetingId AS toId, m IS NOT NULL AS toFound
        """);

    public static readonly CypherStatement UpsertReports = new("upsert REPORTED_IN", """
        UNWIND $rows AS row
        OPTIONAL MATCH (m:Meeting {id: row.meetingId})
        OPTIONAL MATCH (a:Article {id: row.articleId})
        FOREACH (_ IN CASE WHEN m IS NOT NULL AND a IS NOT NULL THEN [1] ELSE [] END |
          MERGE (m)-[r:REPORTED_IN]->(a)
          SET r.evidence = row.evidence, r.offset = row.offset)
        WITH row, m, a
        WHERE m IS NULL OR a IS NULL
        RETURN row.meetingId AS fromId, m IS NOT NULL AS fromFound, row.articleId AS toId, a IS NOT NULL AS toFound
        """);

    /// <summary>Stored once per pair, smaller id first (the caller orders the pair).</summary>
    public static readonly CypherStatement UpsertCounterparts = new("upsert COUNTERPART_OF", """
        UNWIND $rows AS row
        OPTIONAL MATCH (a:Person {id: row.a})
        OPTIONAL MATCH (b:Person {id: row.b})
        FOREACH (_ IN CASE WHEN a IS NOT NULL AND b IS NOT NULL THEN [1] ELSE [] END |
          MERGE (a)-[c:COUNTERPART_OF]->(b)
          SET c.firstSeen = row.firstSeen, c.lastSeen = row.lastSeen, c.articleIds = row.articleIds)
        WITH row, a, b
        WHERE a IS NULL OR b IS NULL
        RETURN row.a AS fromId, a IS NOT NULL AS fromFound, row.b AS toId, b IS NOT NULL AS toFound
        """);

    /// <summary>
    /// Keyed by (person, country, title), title '' when unknown. A role may name a country the batch does not
    /// describe (the SQLite store keeps a bare code): its Country node then has a code and no name, and is not listed.
    /// </summary>
    public static readonly CypherStatement UpsertRoles = new("upsert REPRESENTS", """
        UNWIND $rows AS row
        OPTIONAL MATCH (p:Person {id: row.personId})
        FOREACH (_ IN CASE WHEN p IS NOT NULL THEN [1] ELSE [] END |
          MERGE (c:Country {code: row.countryCode})
          MERGE (p)-[r:REPRESENTS {title: row.title}]->(c)
          SET r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen)
        WITH row, p
        WHERE p IS NULL
        RETURN row.personId AS fromId, false AS fromFound, row.countryCode AS toId, true AS toFound
        """);

    public static readonly CypherStatement UpsertMentions = new("upsert MENTIONED_IN", """
        UNWIND $rows AS row
        OPTIONAL MATCH (p:Person {id: row.personId})
        OPTIONAL MATCH (a:Article {id: row.articleId})
        FOREACH (_ IN CASE WHEN p IS NOT NULL AND a IS NOT NULL THEN [1] ELSE [] END |
          MERGE (p)-[:MENTIONED_IN]->(a))
        WITH row, p, a
        WHERE p IS NULL OR a IS NULL
        RETURN row.personId AS fromId, p IS NOT NULL AS fromFound, row.articleId AS toId, a IS NOT NULL AS toFound
        """);

    /// <summary>Meetings of replaced articles that no article reports any more are deleted.</summary>
    public static readonly CypherStatement DeleteOrphanMeetings = new("delete orphan meetings", """
        MATCH (m:PendingOrphanCheck)
        REMOVE m:PendingOrphanCheck
        WITH m
        WHERE NOT EXISTS { (m)-[:REPORTED_IN]->(:Article) }
        DETACH DELETE m
        """);

    public static IReadOnlyList<CypherStatement> All { get; } =
    [
        RemoveReplacedArticles, UpsertCountries, UpsertPersons, UpsertArticles, UpsertMeetings, FoldMergedMeetings,
        UpsertAttendances, UpsertReports, UpsertCounterparts, UpsertRoles, UpsertMentions, DeleteOrphanMeetings,
    ];
}
