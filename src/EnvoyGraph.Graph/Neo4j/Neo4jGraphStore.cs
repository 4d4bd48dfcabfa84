using EnvoyGraph.Graph.Neo4j.Cypher;
using EnvoyGraph.Graph.Neo4j.Http;

namespace EnvoyGraph.Graph.Neo4j;

/// <summary>
/// The Neo4j adapter of the graph store port, over Neo4j's HTTP APIs (transactional or Query API; no Bolt driver).
/// Every statement is fixed Cypher from <see cref="CypherCatalogue"/>; user values travel only as
/// parameters. Each <see cref="ApplyAsync"/> batch is one transaction. Failures surface as
/// <see cref="GraphStoreException"/> with a one-line message naming the server, never the password.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jHttpClient _client;

    /// <param name="client">The HTTP client; the store disposes it.</param>
    public Neo4jGraphStore(Neo4jHttpClient client) => _client = client;

    /// <summary><c>neo4j:http://user@host:7474/database</c>: no password.</summary>
    public string Description => _client.Endpoint.Description;

    /// <summary>
    /// Connects to the server named by <paramref name="uri"/>, checks the credentials and the database,
    /// and applies the schema. A dead server fails within the connect timeout (3 s).
    /// </summary>
    /// <param name="uri"><c>neo4j:http://[user:pass@]host:7474[/database]</c>; NEO4J_USER / NEO4J_PASSWORD fill in missing credentials.</param>
    /// <exception cref="GraphStoreException">Bad URI, unreachable server, refused credentials, unknown database.</exception>
    public static async Task<IGraphStore> OpenAsync(string uri, CancellationToken ct = default)
    {
        Neo4jEndpoint endpoint;
        try
        {
            endpoint = Neo4jEndpoint.Parse(uri);
        }
        catch (ArgumentException e)
        {
            throw new GraphStoreException(e.Message, e);
        }
        var store = new Neo4jGraphStore(new Neo4jHttpClient(endpoint));
        try
        {
            await store.Guard(() => store._client.VerifyAsync(ct));
            await store.InitializeAsync(ct);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>The store URI from the environment (NEO4J_URI, with or without the <c>neo4j:</c> prefix), or null when unset.</summary>
    public static string? UriFromEnvironment(Func<string, string?>? environment = null)
    {
        var value = (environment ?? Environment.GetEnvironmentVariable)("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(value)) return null;
        return value.StartsWith("neo4j:", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("neo4j://", StringComparison.OrdinalIgnoreCase)
            ? value : "neo4j:" + value;
    }

    /// <summary>Applies graph-schema/neo4j/*.cypher; every statement is IF NOT EXISTS, so this is idempotent.</summary>
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        // One request per statement: a schema change cannot share a transaction with other statements.
        foreach (var statement in SchemaCypher.Statements())
            await Guard(() => _client.RunAsync(new CypherQuery(statement), ct));
    }

    private async Task<Neo4jResult> Run(CypherStatement statement, Dictionary<string, object?> parameters, CancellationToken ct) =>
        await Guard(() => _client.RunAsync(new CypherQuery(statement, parameters), ct));

    /// <summary>Turns a Neo4j failure into the one-line store error the CLI and the server print.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Neo4jException e)
        {
            throw new GraphStoreException(e.Message, e);
        }
    }

    private Task Guard(Func<Task> action) => Guard(async () => { await action(); return true; });

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
