namespace EnvoyGraph.Graph.Neo4j.Cypher;

/// <summary>
/// One fixed Cypher statement the adapter sends, with a name for error messages. User values never
/// become part of <see cref="Text"/>: they travel as parameters (<c>$name</c>).
/// </summary>
public sealed record CypherStatement(string Name, string Text)
{
    public override string ToString() => Name;
}

/// <summary>A statement with the parameter values of one call.</summary>
public sealed record CypherQuery(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherQuery(CypherStatement statement) : this(statement, new Dictionary<string, object?>()) { }
}
