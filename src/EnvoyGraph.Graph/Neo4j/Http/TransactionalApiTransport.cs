using System.Text.Json;
using EnvoyGraph.Graph.Neo4j.Cypher;

namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>
/// The transactional HTTP API: <c>POST /db/{db}/tx/commit</c> runs several statements in one request and one
/// transaction; a checked transaction opens with <c>POST /db/{db}/tx</c> (201 + Location), then commits or is deleted.
/// The endpoint answers 200 even when a statement fails: the <c>errors</c> list says so.
/// </summary>
internal sealed class TransactionalApiTransport(Neo4jHttpClient client) : ICypherTransport
{
    private string TxPath => $"{client.DatabasePath}/tx";

    public async Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<CypherQuery> queries, Action<IReadOnlyList<Neo4jResult>>? check, CancellationToken ct)
    {
        if (check is null)
        {
            var answer = await client.SendAsync(HttpMethod.Post, $"{TxPath}/commit", Body(queries), queries, ct).ConfigureAwait(false);
            return ReadResults(answer, queries);
        }
        var opened = await client.SendAsync(HttpMethod.Post, TxPath, Body(queries), queries, ct).ConfigureAwait(false);
        // An error inside the transaction has already rolled it back on the server.
        var results = ReadResults(opened, queries);
        // Only the path of Location: the host in it is the server's own view, which a proxy or container may hide.
        var txPath = opened.Headers.Location?.AbsolutePath.TrimStart('/')
            ?? throw new Neo4jDatabaseException($"Neo4j at {client.Endpoint.Host} opened a transaction without saying where it is (no Location header)");
        try
        {
            check(results);
        }
        catch
        {
            await client.RollBackAsync(txPath).ConfigureAwait(false);
            throw;
        }
        var committed = await client.SendAsync(HttpMethod.Post, $"{txPath}/commit", Body([]), [], ct).ConfigureAwait(false);
        ReadResults(committed, []);
        return results;
    }

    private static object Body(IReadOnlyList<CypherQuery> queries) =>
        new { statements = queries.Select(q => new { statement = q.Statement.Text, parameters = q.Parameters }) };

    private IReadOnlyList<Neo4jResult> ReadResults(Neo4jHttpClient.Answer answer, IReadOnlyList<CypherQuery> queries)
    {
        var body = answer.Body;
        var results = new List<Neo4jResult>();
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("results", out var list) && list.ValueKind == JsonValueKind.Array)
            foreach (var result in list.EnumerateArray())
                results.Add(ReadResult(result));
        client.ThrowOnErrors(body, queries, results.Count);
        if (results.Count != queries.Count)
            throw new Neo4jDatabaseException($"Neo4j at {client.Endpoint.Host} returned {results.Count} results for {queries.Count} statements");
        return results;
    }

    private static Neo4jResult ReadResult(JsonElement result)
    {
        var columns = result.TryGetProperty("columns", out var c) ? c.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        var rows = new List<JsonElement[]>();
        if (result.TryGetProperty("data", out var data))
            foreach (var item in data.EnumerateArray())
                rows.Add(item.GetProperty("row").EnumerateArray().ToArray());
        return new Neo4jResult(columns, rows);
    }
}
