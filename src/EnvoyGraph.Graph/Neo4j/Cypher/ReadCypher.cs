namespace EnvoyGraph.Graph.Neo4j.Cypher;

/// <summary>
/// The read statements: the same answers, order and keyset semantics as the SQLite store. Optional
/// filters are parameters that may be null (<c>$x IS NULL OR ...</c>), so each statement is fixed text.
/// Sort keys never hold null ('' for an unknown date), because Cypher sorts nulls last and SQLite first.
/// </summary>
public static partial class ReadCypher
{
    internal const string PersonMap = "p {.id, .name, .aliases, .country, .role}";
    internal const string MeetingMap = "m {.id, .date, .mode, .status, .format, .location}";
    internal const string ArticleMap = "a {.id, .url, .title, .outlet, .published, .sourcePath, .contentHash}";

    // ---- persons ----

    public static readonly CypherStatement PersonsByIds = new("persons by ids", $"""
        MATCH (p:Person) WHERE p.id IN $ids
        RETURN {PersonMap} AS person
        """);

    public static readonly CypherStatement PersonsByNameKeys = new("persons by name keys", $"""
        MATCH (p:Person) WHERE any(k IN p.nameKeys WHERE k IN $keys)
        RETURN {PersonMap} AS person
        """);

    // $search: the words of the search run together (NameKey), matched inside any exact name key ('n:...').
    // `p.sortName IS NOT NULL` is always true; it lets the planner walk the sort-name index in order.
    private const string PersonFilter = """
        WHERE p.sortName IS NOT NULL
          AND ($search IS NULL OR ($search <> '' AND any(k IN p.nameKeys WHERE k STARTS WITH 'n:' AND substring(k, 2) CONTAINS $search)))
          AND ($country IS NULL OR p.country = $country)
        """;

    public static readonly CypherStatement PersonsPage = new("persons page", $"""
        MATCH (p:Person)
        {PersonFilter}
          AND ($afterSort IS NULL OR p.sortName > $afterSort OR (p.sortName = $afterSort AND p.id > $afterId))
        RETURN {PersonMap} AS person, p.sortName AS sort
        ORDER BY p.sortName, p.id
        LIMIT $limit
        """);

    public static readonly CypherStatement PersonsCount = new("persons count", $"""
        MATCH (p:Person)
        {PersonFilter}
        RETURN count(p) AS n
        """);

    public static readonly CypherStatement CounterpartsByPersons = new("counterparts by persons", """
        MATCH (p:Person)-[c:COUNTERPART_OF]-(:Person)
        WHERE p.id IN $ids
        WITH DISTINCT c
        RETURN startNode(c).id AS a, endNode(c).id AS b, c.firstSeen AS firstSeen, c.lastSeen AS lastSeen, c.articleIds AS articleIds
        """);

    public static readonly CypherStatement RolesByPersons = new("roles by persons", """
        MATCH (p:Person)-[r:REPRESENTS]->(c:Country)
        WHERE p.id IN $ids
        RETURN p.id AS personId, c.code AS countryCode, r.title AS title, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
        ORDER BY personId, coalesce(firstSeen, ''), title
        """);

    public static readonly CypherStatement MentionsByPersons = new("mentions by persons", """
        MATCH (p:Person)-[:MENTIONED_IN]->(a:Article)
        WHERE p.id IN $ids
        RETURN p.id AS personId, a.id AS articleId
        """);

    // ---- countries ----

    /// <summary>Countries with a name ($codes null: all), by name. A bare code left by a role is not a country of its own.</summary>
    public static readonly CypherStatement Countries = new("countries", """
        MATCH (c:Country)
        WHERE c.name IS NOT NULL AND ($codes IS NULL OR c.code IN $codes)
        RETURN c {.code, .name, .aliases} AS country
        ORDER BY c.name
        """);

    public static readonly CypherStatement PersonsByCountries = new("persons by countries", $"""
        MATCH (p:Person)
        WHERE p.country IN $codes
        RETURN {PersonMap} AS person
        ORDER BY p.sortName, p.id
        """);

    /// <summary>For each country, the other countries its envoys met in held meetings, with the number of such meetings.</summary>
    public static readonly CypherStatement CountryPartners = new("country partners", """
        MATCH (x:Person)-[:ATTENDED]->(m:Meeting)
        WHERE x.country IN $codes AND m.status = 'held'
        WITH DISTINCT m, x.country AS country
        MATCH (y:Person)-[:ATTENDED]->(m)
        WHERE y.country IS NOT NULL AND y.country <> country
        WITH country, y.country AS partner, count(DISTINCT m) AS meetings
        RETURN country, partner, meetings
        ORDER BY country, meetings DESC, partner
        """);

    // ---- articles ----

    public static readonly CypherStatement ArticlesByIds = new("articles by ids", $"""
        MATCH (a:Article) WHERE a.id IN $ids
        RETURN {ArticleMap} AS article
        """);

    // Dates by overlap, like meetings: $fromMonth/$fromStart from the start of `from`, $toEnd the last day of `to`.
    private const string ArticleFilter = """
        WHERE a.published IS NOT NULL
          AND ($outlet IS NULL OR a.outletKey = $outlet)
          AND ($fromMonth IS NULL OR (a.published >= $fromMonth AND a.pubEnd >= date($fromStart)))
          AND ($toEnd IS NULL OR (a.published <= $toEnd AND a.published <> '' AND a.pubStart <= date($toEnd)))
        """;

    public static readonly CypherStatement ArticlesPage = new("articles page", $"""
        MATCH (a:Article)
        {ArticleFilter}
          AND ($afterDate IS NULL OR a.published > $afterDate OR (a.published = $afterDate AND a.id > $afterId))
        RETURN {ArticleMap} AS article
        ORDER BY a.published, a.id
        LIMIT $limit
        """);

    public static readonly CypherStatement ArticlesCount = new("articles count", $"""
        MATCH (a:Article)
        {ArticleFilter}
        RETURN count(a) AS n
        """);
}
