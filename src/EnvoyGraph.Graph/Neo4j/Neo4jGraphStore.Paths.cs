using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j.Cypher;
using static EnvoyGraph.Graph.Neo4j.Neo4jValues;

namespace EnvoyGraph.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<PathStep>?> FindPathAsync(string fromPersonId, string toPersonId, int maxHops, CancellationToken ct = default)
    {
        if (maxHops < 1) return null;
        // shortestPath refuses a path from a node to itself; a person reaches themself in no steps.
        if (fromPersonId == toPersonId)
            return (await GetPersonsAsync([fromPersonId], ct)).Count == 0 ? null : [];
        var parameters = new Neo4jParameters().With("from", fromPersonId).With("to", toPersonId);
        var result = await Run(PathCypher.ShortestPath(maxHops), parameters, ct);
        if (result.Rows.Count == 0) return null;
        // The ids alternate person, meeting, person, ...
        var ids = List(result.Rows[0][0]);
        var steps = new List<PathStep>();
        for (var i = 0; i + 2 < ids.Count; i += 2)
            steps.Add(new PathStep(ids[i], ids[i + 1], ids[i + 2]));
        return steps;
    }
}
