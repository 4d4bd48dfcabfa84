using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>How parameters are written for Neo4j: plain JSON, nulls kept (a null parameter is a value in Cypher).</summary>
internal static class Neo4jJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
