using EnvoyGraph.Graph.Neo4j;
using EnvoyGraph.Graph.Sqlite;

namespace EnvoyGraph.Graph.Stores;

/// <summary>Opens a store from a URI: <c>sqlite:PATH</c> (the default) or <c>neo4j:http://[user:pass@]host:7474[/database]</c>.</summary>
public static class GraphStores
{
    public const string DefaultUri = "sqlite:envoygraph.db";

    /// <summary>Opens and initialises the store (schema created when missing).</summary>
    /// <exception cref="ArgumentException">Unknown scheme; the message names the value and the accepted forms.</exception>
    /// <exception cref="GraphStoreException">The store cannot be opened: the message names the path and the reason.</exception>
    public static async Task<IGraphStore> OpenAsync(string uri, CancellationToken ct = default)
    {
        if (uri.StartsWith("neo4j:", StringComparison.OrdinalIgnoreCase))
            return await Neo4jGraphStore.OpenAsync(uri, ct);
        if (uri.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
            return await SqliteGraphStore.OpenAsync(uri["sqlite:".Length..], ct);
        throw new ArgumentException($"unknown --store '{uri}': use sqlite:PATH or neo4j:http://host:7474");
    }
}
