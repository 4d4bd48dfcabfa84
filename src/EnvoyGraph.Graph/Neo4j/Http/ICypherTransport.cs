using EnvoyGraph.Graph.Neo4j.Cypher;

namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>How a transaction of statements travels: Neo4j's transactional API or its Query API.</summary>
internal interface ICypherTransport
{
    /// <summary>
    /// Runs <paramref name="queries"/> in one transaction. With a <paramref name="check"/>, the results are
    /// shown to it before the commit, and the transaction is rolled back if it throws.
    /// </summary>
    Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<CypherQuery> queries, Action<IReadOnlyList<Neo4jResult>>? check, CancellationToken ct);
}
