using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j.Cypher;
using static EnvoyGraph.Graph.Neo4j.Neo4jValues;

namespace EnvoyGraph.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>The four parts of the dashboard figures, read in one request (one transaction, one snapshot).</summary>
    public async Task<Stats> GetStatsAsync(StatsQuery query, CancellationToken ct = default)
    {
        var parameters = new Neo4jParameters()
            .WithDates(query.From, query.To)
            .With("country", query.Country)
            .With("top", Math.Clamp(query.Top, 0, Neo4jPaging.MaxPageSize));
        CypherStatement[] statements = [ReadCypher.MeetingsPerMonth, ReadCypher.CountryPairs, ReadCypher.TopEnvoys, ReadCypher.Totals];
        var results = await Guard(() => _client.RunAsync(statements.Select(s => new CypherQuery(s, parameters)).ToList(), ct));
        var totals = results[3].Rows.Count == 0 ? new Totals(0, 0, 0, 0, 0) : new Totals(
            Int(results[3].Rows[0][0]), Int(results[3].Rows[0][1]), Int(results[3].Rows[0][2]), Int(results[3].Rows[0][3]), Int(results[3].Rows[0][4]));
        return new Stats(
            results[0].Rows.Select(r => new MonthCount(Str(r[0])!, Int(r[1]))).ToList(),
            results[1].Rows.Select(r => new CountryPairCount(Str(r[0])!, Str(r[1])!, Int(r[2]))).ToList(),
            results[2].Rows.Select(r => new PersonCount(Str(r[0])!, Int(r[1]))).ToList(),
            totals);
    }
}
