namespace EnvoyGraph.Graph.Neo4j.Cypher;

public static partial class ReadCypher
{
    // Meetings inside [from, to] (by overlap), with a participant from $country when given.
    private const string StatsMeetings = """
        MATCH (m:Meeting)
        WHERE ($fromMonth IS NULL OR (m.date >= $fromMonth AND m.dateEnd >= date($fromStart)))
          AND ($toEnd IS NULL OR (m.date <= $toEnd AND m.date <> '' AND m.dateStart <= date($toEnd)))
          AND ($country IS NULL OR EXISTS { MATCH (x:Person)-[:ATTENDED]->(m) WHERE x.country = $country })
        """;

    public static readonly CypherStatement MeetingsPerMonth = new("stats: meetings per month", $"""
        {StatsMeetings}
          AND m.date <> ''
        WITH substring(m.date, 0, 7) AS month, count(m) AS meetings
        RETURN month, meetings
        ORDER BY month
        """);

    public static readonly CypherStatement CountryPairs = new("stats: country pairs", $"""
        {StatsMeetings}
        MATCH (x:Person)-[:ATTENDED]->(m)<-[:ATTENDED]-(y:Person)
        WHERE x.country IS NOT NULL AND y.country IS NOT NULL AND x.country < y.country
        WITH DISTINCT m, x.country AS a, y.country AS b
        WITH a, b, count(m) AS meetings
        RETURN a, b, meetings
        ORDER BY meetings DESC, a, b
        LIMIT $top
        """);

    public static readonly CypherStatement TopEnvoys = new("stats: top envoys", $"""
        {StatsMeetings}
        MATCH (p:Person)-[:ATTENDED]->(m)
        WITH p.id AS personId, count(m) AS meetings
        RETURN personId, meetings
        ORDER BY meetings DESC, personId
        LIMIT $top
        """);

    public static readonly CypherStatement Totals = new("stats: totals", """
        CALL () { MATCH (p:Person) RETURN count(p) AS persons }
        CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings }
        CALL () { MATCH (a:Article) RETURN count(a) AS articles }
        CALL () { MATCH (c:Country) WHERE c.name IS NOT NULL RETURN count(c) AS countries }
        CALL () { MATCH ()-[r:COUNTERPART_OF]->() RETURN count(r) AS counterparts }
        RETURN persons, meetings, articles, countries, counterparts
        """);
}
