using EnvoyGraph.Graph.Model;
using Microsoft.Data.Sqlite;

namespace EnvoyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Bidirectional breadth-first search over held meetings: each round expands the smaller frontier
    /// by one hop with one query per chunk of persons, so the work grows with the neighbourhoods of the
    /// two ends, never with the whole graph. Ties are broken by date, meeting id and person id, so the
    /// same graph always gives the same path.
    /// </summary>
    public Task<IReadOnlyList<PathStep>?> FindPathAsync(string fromPersonId, string toPersonId, int maxHops, CancellationToken ct = default) =>
        ReadAsync(async c =>
        {
            var ends = await GetPersonsAsync([fromPersonId, toPersonId], ct);
            if (ends.Count == 0 || ends.All(p => p.Id != fromPersonId) || ends.All(p => p.Id != toPersonId)) return null;
            if (fromPersonId == toPersonId) return (IReadOnlyList<PathStep>?)[];
            var search = new BidirectionalSearch(fromPersonId, toPersonId);
            for (var hops = 0; hops < maxHops && !search.Exhausted; hops++)
            {
                var forward = search.ExpandForward;
                var edges = await NeighboursAsync(c, search.FrontierToExpand, ct);
                if (search.Advance(edges, forward) is { } path) return path;
            }
            return null;
        }, ct);

    private static async Task<List<(string Person, string Meeting, string Other)>> NeighboursAsync(
        SqliteConnection c, IReadOnlyCollection<string> persons, CancellationToken ct)
    {
        var edges = new List<(string, string, string)>();
        foreach (var chunk in persons.Order(StringComparer.Ordinal).Chunk(500))
        {
            await using var cmd = c.Command("");
            cmd.CommandText = $"""
                SELECT a.person_id, a.meeting_id, b.person_id
                FROM attendances a
                JOIN meetings m ON m.id = a.meeting_id AND m.status = 0
                JOIN attendances b ON b.meeting_id = a.meeting_id AND b.person_id <> a.person_id
                WHERE a.person_id IN ({cmd.InList("p", chunk)})
                ORDER BY a.person_id, a.date, a.meeting_id, b.person_id
                """;
            edges.AddRange(await cmd.ListAsync(r => (r.GetString(0), r.GetString(1), r.GetString(2)), ct));
        }
        return edges;
    }
}
