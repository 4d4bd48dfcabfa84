using EnvoyGraph.Graph.Neo4j;

namespace EnvoyGraph.Graph.Stores;

/// <summary>Opens a store from a URI: <c>sqlite:PATH</c> (the default) or <c>neo4j:http://[user:pass@]host:7474[/database]</c>.</summary>
public static class GraphStores
{
    public const string DefaultUri = "sqlite:envoygraph.db";

    /// <exception cref="ArgumentException">Unknown scheme; the message names the value and the accepted forms.</exception>
    public static Task<IGraphStore> OpenAsync(string uri, CancellationToken ct = default)
    {
        if (uri.StartsWith("neo4j:", StringComparison.OrdinalIgnoreCase))
            return Neo4jGraphStore.OpenAsync(uri, ct);
        // Skeleton placeholder: the SQLite adapter handles "sqlite:PATH" here.
        throw new ArgumentException($"unknown --store '{uri}': use sqlite:PATH or neo4j:http://host:7474");
    }
}
