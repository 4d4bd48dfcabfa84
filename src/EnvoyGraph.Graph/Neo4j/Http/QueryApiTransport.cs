using System.Text.Json;
using EnvoyGraph.Graph.Neo4j.Cypher;

namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>
/// The Query API (Neo4j 5.19+, Aura): one statement per request. A single statement runs in its own
/// transaction (<c>POST /db/{db}/query/v2</c>); several run in an explicit one (<c>/query/v2/tx</c>, then
/// <c>/tx/{id}</c> per statement, then <c>/tx/{id}/commit</c>). A runtime error comes back as 202 with an
/// <c>errors</c> list and kills the transaction. On a cluster the answer names the member that holds the
/// transaction in <c>neo4j-cluster-affinity</c>, which every later request of it must echo.
/// </summary>
internal sealed class QueryApiTransport(Neo4jHttpClient client) : ICypherTransport
{
    private const string Affinity = "neo4j-cluster-affinity";

    private string QueryPath => $"{client.DatabasePath}/query/v2";

    public async Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<CypherQuery> queries, Action<IReadOnlyList<Neo4jResult>>? check, CancellationToken ct)
    {
        if (check is null && queries.Count == 1)
        {
            var answer = await client.SendAsync(HttpMethod.Post, QueryPath, Body(queries[0]), queries, ct).ConfigureAwait(false);
            return [ReadResult(answer, queries[0])];
        }
        var opened = await client.SendAsync(HttpMethod.Post, $"{QueryPath}/tx", new { }, [], ct).ConfigureAwait(false);
        var id = TransactionId(opened.Body)
            ?? throw new Neo4jDatabaseException($"Neo4j at {client.Endpoint.Host} opened a transaction without giving its id");
        var txPath = $"{QueryPath}/tx/{Uri.EscapeDataString(id)}";
        var headers = opened.Headers.TryGetValues(Affinity, out var values)
            ? values.Select(v => KeyValuePair.Create(Affinity, v)).ToList()
            : [];
        var results = new List<Neo4jResult>();
        try
        {
            foreach (var query in queries)
            {
                var answer = await client.SendAsync(HttpMethod.Post, txPath, Body(query), [query], ct, headers).ConfigureAwait(false);
                results.Add(ReadResult(answer, query));
            }
            check?.Invoke(results);
        }
        catch (Exception e) when (e is not Neo4jException || e is Neo4jUnavailableException)
        {
            // A Neo4j error has already killed the transaction on the server; anything else leaves it open.
            await client.RollBackAsync(txPath, headers).ConfigureAwait(false);
            throw;
        }
        await client.SendAsync(HttpMethod.Post, $"{txPath}/commit", new { }, [], ct, headers).ConfigureAwait(false);
        return results;
    }

    private static object Body(CypherQuery query) => new { statement = query.Statement.Text, parameters = query.Parameters };

    private static string? TransactionId(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id)
            ? id.GetString()
            : null;

    private Neo4jResult ReadResult(Neo4jHttpClient.Answer answer, CypherQuery query)
    {
        client.ThrowOnErrors(answer.Body, [query], 0);
        var columns = new List<string>();
        var rows = new List<JsonElement[]>();
        if (answer.Body.ValueKind == JsonValueKind.Object && answer.Body.TryGetProperty("data", out var data))
        {
            if (data.TryGetProperty("fields", out var fields))
                columns.AddRange(fields.EnumerateArray().Select(f => f.GetString() ?? ""));
            if (data.TryGetProperty("values", out var values))
                rows.AddRange(values.EnumerateArray().Select(r => r.EnumerateArray().ToArray()));
        }
        return new Neo4jResult(columns, rows);
    }
}
