using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j.Cypher;
using static EnvoyGraph.Graph.Neo4j.Neo4jValues;

namespace EnvoyGraph.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// The SQLite store's bidirectional breadth-first search over held meetings, one request per hop on the
    /// smaller frontier, with the same tie-breaking, so both stores answer the same path. (Cypher's
    /// shortestPath would pick among equally short paths by its own rule.)
    /// </summary>
    public async Task<IReadOnlyList<PathStep>?> FindPathAsync(string fromPersonId, string toPersonId, int maxHops, CancellationToken ct = default)
    {
        var ends = await GetPersonsAsync([fromPersonId, toPersonId], ct);
        if (ends.All(p => p.Id != fromPersonId) || ends.All(p => p.Id != toPersonId)) return null;
        if (fromPersonId == toPersonId) return [];
        var search = new BidirectionalSearch(fromPersonId, toPersonId);
        for (var hops = 0; hops < maxHops && !search.Exhausted; hops++)
        {
            var forward = search.ExpandForward;
            var parameters = Neo4jParameters.Ids(search.FrontierToExpand.Order(StringComparer.Ordinal));
            var result = await Run(ReadCypher.PathNeighbours, parameters, ct);
            var edges = result.Rows.Select(r => (Str(r[0])!, Str(r[1])!, Str(r[2])!));
            if (search.Advance(edges, forward) is { } path) return path;
        }
        return null;
    }
}
