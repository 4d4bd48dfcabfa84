using System.Reflection;

namespace EnvoyGraph.Graph.Neo4j.Cypher;

/// <summary>Every statement the Neo4j adapter can send, for the Cypher lint test and for review.</summary>
public static class CypherCatalogue
{
    public static IReadOnlyList<CypherStatement> All() =>
        SchemaCypher.Statements()
            .Concat(WriteCypher.All)
            .Concat(StatementsOf(typeof(ReadCypher)))
            .ToList();

    private static IEnumerable<CypherStatement> StatementsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(CypherStatement))
            .Select(f => (CypherStatement)f.GetValue(null)!);
}
