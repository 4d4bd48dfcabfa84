namespace EnvoyGraph.Graph.Neo4j.Cypher;

/// <summary>
/// Shortest chains of meetings (Person -ATTENDED- Meeting -ATTENDED- Person ...). A variable-length bound
/// cannot be a parameter in Cypher, so there is one fixed statement per hop limit, chosen by number,
/// never built from user text.
/// </summary>
public static class PathCypher
{
    /// <summary>The largest hop limit served; larger requests are clamped to it.</summary>
    public const int MaxHops = 10;

    private static readonly CypherStatement[] ByHops = Enumerable.Range(1, MaxHops).Select(Build).ToArray();

    /// <summary>The statement for chains of at most <paramref name="hops"/> meetings (clamped to 1..<see cref="MaxHops"/>).</summary>
    public static CypherStatement ShortestPath(int hops) => ByHops[Math.Clamp(hops, 1, MaxHops) - 1];

    public static IReadOnlyList<CypherStatement> All => ByHops;

    // Each hop is two ATTENDED edges (person → meeting ← person).
    private static CypherStatement Build(int hops) => new($"shortest path within {hops} hops", $$"""
        MATCH (a:Person {id: $from})
        MATCH (b:Person {id: $to})
        MATCH path = shortestPath((a)-[:ATTENDED*..{{2 * hops}}]-(b))
        RETURN [n IN nodes(path) | n.id] AS ids
        """);
}
