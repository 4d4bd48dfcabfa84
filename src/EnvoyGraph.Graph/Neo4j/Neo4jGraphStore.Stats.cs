using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j.Cypher;
using static EnvoyGraph.Graph.Neo4j.Neo4jValues;

namespace EnvoyGraph.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private static readonly CypherStatement[] StatsStatements =
    [
        ReadCypher.MeetingsPerMonth, ReadCypher.CountryPairs, ReadCypher.TopEnvoys,
        ReadCypher.TotalPersons, ReadCypher.TotalMeetings, ReadCypher.TotalArticles, ReadCypher.TotalCountries, ReadCypher.TotalCounterparts,
    ];

    /// <summary>The dashboard figures, read in one transaction (one snapshot); as the SQLite store, held meetings only.</summary>
    public async Task<Stats> GetStatsAsync(StatsQuery query, CancellationToken ct = default)
    {
        var parameters = new Neo4jParameters()
            .WithDates(query.From, query.To)
            .With("country", query.Country)
            .With("top", Math.Clamp(query.Top, 0, Paging.MaxPageSize));
        var results = await Guard(() => _client.RunAsync(StatsStatements.Select(s => new CypherQuery(s, parameters)).ToList(), ct));
        int Total(int i) => Int(results[i].Single("n"));
        return new Stats(
            results[0].Rows.Select(r => new MonthCount(Str(r[0])!, Int(r[1]))).ToList(),
            results[1].Rows.Select(r => new CountryPairCount(Str(r[0])!, Str(r[1])!, Int(r[2]))).ToList(),
            results[2].Rows.Select(r => new PersonCount(Str(r[0])!, Int(r[1]))).ToList(),
            new Totals(Total(3), Total(4), Total(5), Total(6), Total(7)));
    }
}
