namespace EnvoyGraph.Graph.Stores;

/// <summary>Opens a store from a URI: <c>sqlite:PATH</c> (the default) or <c>neo4j:http://[user:pass@]host:7474[/database]</c>.</summary>
public static class GraphStores
{
    public const string DefaultUri = "sqlite:envoygraph.db";

    // Skeleton placeholder: the SQLite and Neo4j adapters fill this in.
    public static Task<IGraphStore> OpenAsync(string uri, CancellationToken ct = default) =>
        throw new ArgumentException($"unknown --store '{uri}': use sqlite:PATH or neo4j:http://host:7474");
}
