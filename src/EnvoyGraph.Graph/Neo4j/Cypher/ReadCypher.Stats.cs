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

    /// <summary>Whole-store totals, whatever the filters.</summary>
    public static readonly CypherStatement Totals = new("stats: totals", """
        MATCH (p:Person) WITH count(p) AS persons
        MATCH (m:Meeting) WITH persons, count(m) AS meetings
        MATCH (a:Article) WITH persons, meetings, count(a) AS articles
        MATCH (c:Country) WHERE c.name IS NOT NULL WITH persons, meetings, articles, count(c) AS countries
        MATCH ()-[r:COUNTERPART_OF]->() WITH persons, meetings, articles, countries, count(r) AS counterparts
        RETURN persons, meetings, articles, countries, counterparts
        """);
}
