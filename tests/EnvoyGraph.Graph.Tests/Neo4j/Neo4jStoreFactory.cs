using EnvoyGraph.Graph.Neo4j;
using EnvoyGraph.Graph.Neo4j.Cypher;
using EnvoyGraph.Graph.Neo4j.Http;
using EnvoyGraph.Graph.Tests.Contract;

namespace EnvoyGraph.Graph.Tests.Neo4j;

/// <summary>
/// An empty Neo4j store per contract test: the test server's database, wiped before each test.
/// To protect real data, a database is only wiped when it is empty or carries the marker node that
/// this factory leaves behind; otherwise the test is skipped with a reason.
/// </summary>
public sealed class Neo4jStoreFactory : IStoreFactory
{
    private static readonly CypherStatement Inspect = new("test: inspect database", """
        OPTIONAL MATCH (marker:EnvoyGraphTestDatabase)
        WITH count(marker) AS markers
        OPTIONAL MATCH (n) WHERE NOT n:EnvoyGraphTestDatabase
        RETURN markers, count(n) AS others
        """);

    private static readonly CypherStatement Wipe = new("test: wipe database", """
        MATCH (n) WHERE NOT n:EnvoyGraphTestDatabase
        DETACH DELETE n
        WITH count(*) AS deleted
        MERGE (:EnvoyGraphTestDatabase {note: 'EnvoyGraph tests may wipe this database'})
        """);

    public async Task<IGraphStore> CreateAsync()
    {
        var uri = await Neo4jTestServer.UriAsync();
        Skip.If(uri is null, Neo4jTestServer.NoServer);
        using (var client = new Neo4jHttpClient(Neo4jEndpoint.Parse(uri!)))
        {
            var state = await client.RunAsync(new CypherQuery(Inspect));
            var marked = state.Single("markers").GetInt64() > 0;
            Skip.If(!marked && state.Single("others").GetInt64() > 0,
                $"skipped: the Neo4j database at {client.Endpoint.Description} holds data and no EnvoyGraphTestDatabase marker; the contract tests wipe their database, so give them an empty one");
            await client.RunAsync(new CypherQuery(Wipe));
        }
        return await Neo4jGraphStore.OpenAsync(uri!);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
