namespace EnvoyGraph.Graph.Neo4j.Cypher;

public static partial class ReadCypher
{
    // Held meetings inside [from, to] (by overlap). What $country means differs per figure, as in the SQLite store.
    private const string HeldMeetingsInRange = """
        MATCH (m:Meeting)
        WHERE m.status = 'held'
          AND ($fromMonth IS NULL OR (m.date >= $fromMonth AND m.dateEnd >= date($fromStart)))
          AND ($toEnd IS NULL OR (m.date <= $toEnd AND m.date <> '' AND m.dateStart <= date($toEnd)))
        """;

    /// <summary>Per month; with $country, meetings that had a participant from it.</summary>
    public static readonly CypherStatement MeetingsPerMonth = new("stats: meetings per month", $$"""
        {{HeldMeetingsInRange}}
          AND m.date <> ''
          AND ($country IS NULL OR EXISTS { MATCH (x:Person)-[:ATTENDED]->(m) WHERE x.country = $country })
        WITH substring(m.date, 0, 7) AS month, count(m) AS meetings
        RETURN month, meetings
        ORDER BY month
        """);

    /// <summary>Pairs of participant countries (a &lt; b) by number of meetings; with $country, pairs that include it.</summary>
    public static readonly CypherStatement CountryPairs = new("stats: country pairs", $"""
        {HeldMeetingsInRange}
        MATCH (x:Person)-[:ATTENDED]->(m)<-[:ATTENDED]-(y:Person)
        WHERE x.country < y.country AND ($country IS NULL OR x.country = $country OR y.country = $country)
        WITH DISTINCT m, x.country AS a, y.country AS b
        WITH a, b, count(m) AS meetings
        RETURN a, b, meetings
        ORDER BY meetings DESC, a, b
        LIMIT $top
        """);

    /// <summary>Envoys by number of meetings; with $country, envoys of that country.</summary>
    public static readonly CypherStatement TopEnvoys = new("stats: top envoys", $"""
        {HeldMeetingsInRange}
        MATCH (p:Person)-[:ATTENDED]->(m)
        WHERE $country IS NULL OR p.country = $country
        WITH p.id AS personId, count(m) AS meetings
        RETURN personId, meetings
        ORDER BY meetings DESC, personId
        LIMIT $top
        """);

    // Whole-store totals, whatever the filters: one statement each, so that Neo4j answers the plain
    // label and type counts from its count store instead of scanning.
    public static readonly CypherStatement TotalPersons = new("stats: total persons", "MATCH (p:Person) RETURN count(p) AS n");
    public static readonly CypherStatement TotalMeetings = new("stats: total meetings", "MATCH (m:Meeting) RETURN count(m) AS n");
    public static readonly CypherStatement TotalArticles = new("stats: total articles", "MATCH (a:Article) RETURN count(a) AS n");
    /// <summary>Countries with a name: a bare code left by a role is not a country of its own.</summary>
    public static readonly CypherStatement TotalCountries = new("stats: total countries", "MATCH (c:Country) WHERE c.name IS NOT NULL RETURN count(c) AS n");
    public static readonly CypherStatement TotalCounterparts = new("stats: total counterparts", "MATCH ()-[r:COUNTERPART_OF]->() RETURN count(r) AS n");
}
