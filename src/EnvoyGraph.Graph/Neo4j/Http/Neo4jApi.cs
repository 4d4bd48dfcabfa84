namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>Which of Neo4j's HTTP APIs a server is spoken to with.</summary>
public enum Neo4jApi
{
    /// <summary><c>/db/{database}/tx</c>: every Neo4j 4.x and 5.x server; several statements per request.</summary>
    Transactional,

    /// <summary><c>/db/{database}/query/v2</c>: Neo4j 5.19 and later (on by default from 5.25) and Aura.</summary>
    Query,
}
