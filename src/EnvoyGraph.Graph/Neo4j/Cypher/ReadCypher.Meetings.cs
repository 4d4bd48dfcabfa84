namespace EnvoyGraph.Graph.Neo4j.Cypher;

public static partial class ReadCypher
{
    public static readonly CypherStatement MeetingsByIds = new("meetings by ids", $"""
        MATCH (m:Meeting) WHERE m.id IN $ids
        RETURN {MeetingMap} AS meeting
        """);

    // $other: a second person who must have attended; $countries: every code must be a participant's country.
    // Dates by overlap: a month-precision meeting is inside when its month meets [from, to]; unknown dates are outside.
    // `m.date IS NOT NULL` is always true ('' when unknown); it lets the planner walk the date index in sort order.
    private const string MeetingFilter = """
        WHERE m.date IS NOT NULL
          AND ($other IS NULL OR EXISTS { MATCH (:Person {id: $other})-[:ATTENDED]->(m) })
          AND all(code IN $countries WHERE EXISTS { MATCH (x:Person)-[:ATTENDED]->(m) WHERE x.country = code })
          AND ($fromMonth IS NULL OR (m.date >= $fromMonth AND m.dateEnd >= date($fromStart)))
          AND ($toEnd IS NULL OR (m.date <= $toEnd AND m.date <> '' AND m.dateStart <= date($toEnd)))
          AND ($mode IS NULL OR m.mode = $mode)
          AND ($status IS NULL OR m.status = $status)
        """;

    private const string AllMeetings = "MATCH (m:Meeting)";
    private const string MeetingsOfPerson = "MATCH (:Person {id: $person})-[:ATTENDED]->(m:Meeting)";
    private const string AfterAscending = "AND ($afterDate IS NULL OR m.date > $afterDate OR (m.date = $afterDate AND m.id > $afterId))";
    private const string AfterDescending = "AND ($afterDate IS NULL OR m.date < $afterDate OR (m.date = $afterDate AND m.id < $afterId))";

    private static CypherStatement MeetingsPage(string name, string source, string after, string direction) => new(name, $"""
        {source}
        {MeetingFilter}
          {after}
        RETURN {MeetingMap} AS meeting
        ORDER BY m.date {direction}, m.id {direction}
        LIMIT $limit
        """);

    private static CypherStatement MeetingsCount(string name, string source) => new(name, $"""
        {source}
        {MeetingFilter}
        RETURN count(m) AS n
        """);

    /// <summary>All meetings, in (date, id) order; starts from the date index.</summary>
    public static readonly CypherStatement MeetingsPageAscending = MeetingsPage("meetings page", AllMeetings, AfterAscending, "ASC");
    public static readonly CypherStatement MeetingsPageDescending = MeetingsPage("meetings page, newest first", AllMeetings, AfterDescending, "DESC");
    /// <summary>The meetings of one person ($person), starting from that person's ATTENDED edges.</summary>
    public static readonly CypherStatement PersonMeetingsPageAscending = MeetingsPage("meetings of a person", MeetingsOfPerson, AfterAscending, "ASC");
    public static readonly CypherStatement PersonMeetingsPageDescending = MeetingsPage("meetings of a person, newest first", MeetingsOfPerson, AfterDescending, "DESC");
    public static readonly CypherStatement MeetingsCountAll = MeetingsCount("meetings count", AllMeetings);
    public static readonly CypherStatement PersonMeetingsCount = MeetingsCount("meetings of a person count", MeetingsOfPerson);

    public static readonly CypherStatement AttendancesByMeetings = new("attendances by meetings", """
        MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)
        WHERE m.id IN $ids
        RETURN p.id AS personId, m.id AS meetingId, a.role AS role
        ORDER BY meetingId, personId
        """);

    public static readonly CypherStatement ReportsByMeetings = new("reports by meetings", """
        MATCH (m:Meeting)-[r:REPORTED_IN]->(a:Article)
        WHERE m.id IN $ids
        RETURN m.id AS meetingId, a.id AS articleId, r.evidence AS evidence, r.offset AS offset
        ORDER BY meetingId, articleId
        """);

    /// <summary>For ingest: meetings of any of $ids whose date overlaps [$from, $to] or is unknown, with all their participants.</summary>
    public static readonly CypherStatement MeetingsOfPersons = new("meetings of persons (ingest)", $"""
        MATCH (p:Person)-[:ATTENDED]->(m:Meeting)
        WHERE p.id IN $ids AND (m.date = '' OR (m.dateStart <= date($to) AND m.dateEnd >= date($from)))
        WITH DISTINCT m
        MATCH (x:Person)-[:ATTENDED]->(m)
        WITH m, x.id AS participant
        ORDER BY participant
        RETURN {MeetingMap} AS meeting, collect(participant) AS participants
        """);
}
