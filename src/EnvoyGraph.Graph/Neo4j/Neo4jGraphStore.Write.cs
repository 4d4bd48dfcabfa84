using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j.Cypher;
using EnvoyGraph.Graph.Neo4j.Http;
using static EnvoyGraph.Graph.Neo4j.Neo4jValues;

namespace EnvoyGraph.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Writes the whole batch in ONE explicit transaction, then checks that every edge found its end
    /// nodes before committing; otherwise rolls back and names the first missing node.
    /// </summary>
    public async Task ApplyAsync(GraphBatch batch, CancellationToken ct = default)
    {
        var queries = Neo4jBatchRows.Queries(batch);
        if (queries.Count == 0) return;
        await Guard(() => _client.RunCheckedAsync(queries, results => CheckEdges(queries, results), ct));
    }

    private static readonly Dictionary<CypherStatement, (string Edge, string From, string To)> EdgeEnds = new()
    {
        [WriteCypher.UpsertAttendances] = ("ATTENDED", "person", "meeting"),
        [WriteCypher.UpsertReports] = ("REPORTED_IN", "meeting", "article"),
        [WriteCypher.UpsertCounterparts] = ("COUNTERPART_OF", "person", "person"),
        [WriteCypher.UpsertRoles] = ("REPRESENTS", "person", "country"),
        [WriteCypher.UpsertMentions] = ("MENTIONED_IN", "person", "article"),
    };

    private static void CheckEdges(IReadOnlyList<CypherQuery> queries, IReadOnlyList<Neo4jResult> results)
    {
        for (var i = 0; i < queries.Count; i++)
        {
            if (!EdgeEnds.TryGetValue(queries[i].Statement, out var ends) || results[i].Rows.Count == 0) continue;
            var row = results[i].Rows[0];
            var (fromId, fromFound, toId) = (Str(row[0]), row[1].ValueKind == System.Text.Json.JsonValueKind.True, Str(row[2]));
            var missing = fromFound ? $"{ends.To} '{toId}'" : $"{ends.From} '{fromId}'";
            throw new GraphStoreException(
                $"cannot write {ends.Edge} from {ends.From} '{fromId}' to {ends.To} '{toId}': {missing} is neither in the batch nor in the store " +
                $"({results[i].Rows.Count} such edge(s); nothing of the batch was written)");
        }
    }

    public async Task<IReadOnlyList<(Meeting Meeting, IReadOnlyList<string> ParticipantIds)>> FindMeetingsOfPersonsAsync(
        IReadOnlyCollection<string> personIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (personIds.Count == 0) return [];
        var parameters = Neo4jParameters.Ids(personIds)
            .With("from", from.ToString("yyyy-MM-dd"))
            .With("to", to.ToString("yyyy-MM-dd"));
        var result = await Run(ReadCypher.MeetingsOfPersons, parameters, ct);
        return result.Rows.Select(r => (Meeting(r[0]), List(r[1]))).ToList();
    }
}
