using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j.Cypher;
using static EnvoyGraph.Graph.Neo4j.Neo4jValues;

namespace EnvoyGraph.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<Page<Encounter>> QueryEncountersAsync(EncounterQuery query, CancellationToken ct = default)
    {
        var parameters = EncounterParameters(query);
        var after = query.After is null ? null : KeysetCursor.Decode(query.After, "encounters", 4);
        parameters.With("afterDate", after?[0]).With("afterMeeting", after?[1]).With("afterPerson", after?[2]).With("afterOther", after?[3])
            .With("limit", Paging.Limit(query.First));
        var statement = query.Person is null ? ReadCypher.EncountersPageAll : ReadCypher.EncountersPageOfPerson;
        var rows = (await Run(statement, parameters, ct)).Rows
            .Select(r => new Encounter(Str(r[0])!, Str(r[1])!, Str(r[2])!, Date(r[3])))
            .ToList();
        return Paging.ToPage(rows, query.First, e => e,
            e => KeysetCursor.Encode("encounters", SortKey(e.Date), e.MeetingId, e.PersonId, e.OtherId));
    }

    public async Task<int> CountEncountersAsync(EncounterQuery query, CancellationToken ct = default)
    {
        var statement = query.Person is null ? ReadCypher.EncountersCountAll : ReadCypher.EncountersCountOfPerson;
        return Int((await Run(statement, EncounterParameters(query), ct)).Single("n"));
    }

    private static Neo4jParameters EncounterParameters(EncounterQuery q) => new Neo4jParameters()
        .With("person", q.Person)
        .With("country", q.Country)
        .WithDates(q.From, q.To);
}
