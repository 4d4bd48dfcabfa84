namespace EnvoyGraph.Graph.Neo4j.Cypher;

public static partial class ReadCypher
{
    // One row per (person, other participant, meeting), in (date, meeting, person, other) order.
    private const string EncounterFilter = """
        WHERE p <> o
          AND ($country IS NULL OR p.country = $country)
          AND ($fromMonth IS NULL OR (m.date >= $fromMonth AND m.dateEnd >= date($fromStart)))
          AND ($toEnd IS NULL OR (m.date <= $toEnd AND m.date <> '' AND m.dateStart <= date($toEnd)))
        """;

    private const string AllEncounters = "MATCH (p:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)";
    private const string EncountersOfPerson = "MATCH (p:Person {id: $person})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)";

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
}
