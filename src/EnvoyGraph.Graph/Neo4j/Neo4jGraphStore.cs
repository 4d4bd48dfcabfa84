namespace EnvoyGraph.Graph.Neo4j;

/// <summary>The Neo4j adapter of the graph store port, over Neo4j's HTTP APIs.</summary>
public static class Neo4jGraphStore
{
    // Skeleton placeholder: the Neo4j issue fills this in.
    /// <param name="uri"><c>neo4j:http://[user:pass@]host:7474[/database]</c>; NEO4J_USER / NEO4J_PASSWORD fill in missing credentials.</param>
    public static Task<IGraphStore> OpenAsync(string uri, CancellationToken ct = default) =>
        throw new NotSupportedException("the Neo4j store is not built yet");
}
