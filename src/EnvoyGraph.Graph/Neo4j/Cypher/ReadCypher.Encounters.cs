namespace EnvoyGraph.Graph.Neo4j.Cypher;

public static partial class ReadCypher
{
    // Held meetings only; one row per ordered pair (person, other participant) of a meeting, in (date, meeting,
    // person, other) order. $country is the other's country when a person is given, else the person's (as in SQLite).
    private const string EncounterFilter = """
        WHERE p <> o AND m.status = 'held'
          AND ($fromMonth IS NULL OR (m.date >= $fromMonth AND m.dateEnd >= date($fromStart)))
          AND ($toEnd IS NULL OR (m.date <= $toEnd AND m.date <> '' AND m.dateStart <= date($toEnd)))
        """;

    private const string AllEncounters = """
        MATCH (p:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
        WHERE $country IS NULL OR p.country = $country
        WITH p, m, o
        """;

    private const string EncountersOfPerson = """
        MATCH (p:Person {id: $person})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
        WHERE $country IS NULL OR o.country = $country
        WITH p, m, o
        """;

    private static CypherStatement EncountersPage(string name, string source) => new(name, $"""
        {source}
        {EncounterFilter}
          AND ($afterDate IS NULL OR m.date > $afterDate
               OR (m.date = $afterDate AND (m.id > $afterMeeting
                   OR (m.id = $afterMeeting AND (p.id > $afterPerson OR (p.id = $afterPerson AND o.id > $afterOther))))))
        RETURN p.id AS personId, o.id AS otherId, m.id AS meetingId, m.date AS date
        ORDER BY m.date, m.id, p.id, o.id
        LIMIT $limit
        """);

    private static CypherStatement EncountersCount(string name, string source) => new(name, $"""
        {source}
        {EncounterFilter}
        RETURN count(*) AS n
        """);

    public static readonly CypherStatement EncountersPageAll = EncountersPage("encounters page", AllEncounters);
    public static readonly CypherStatement EncountersPageOfPerson = EncountersPage("encounters of a person", EncountersOfPerson);
    public static readonly CypherStatement EncountersCountAll = EncountersCount("encounters count", AllEncounters);
    public static readonly CypherStatement EncountersCountOfPerson = EncountersCount("encounters of a person count", EncountersOfPerson);

    /// <summary>
    /// One hop of the shortest-path search: the held meetings of the persons in $ids and who else was there,
    /// in the order the SQLite store reads them, so <c>BidirectionalSearch</c> picks the same path on both stores.
    /// </summary>
    public static readonly CypherStatement PathNeighbours = new("path: neighbours", """
        MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)
        WHERE a.id IN $ids AND m.status = 'held' AND a <> b
        RETURN a.id AS personId, m.id AS meetingId, b.id AS otherId
        ORDER BY personId, m.date, meetingId, otherId
        """);
}
