using System.Reflection;
using System.Text;

namespace EnvoyGraph.Graph.Neo4j.Cypher;

/// <summary>
/// The constraints and indexes from graph-schema/neo4j/*.cypher (embedded in this assembly), split
/// into single statements because Neo4j runs one schema statement per statement entry.
/// </summary>
public static class SchemaCypher
{
    private const string Prefix = "EnvoyGraph.Graph.Schema.neo4j.";

    /// <summary>The schema files, by file name, in the order they are applied.</summary>
    public static IReadOnlyList<(string File, string Text)> Files()
    {
        var asm = Assembly.GetExecutingAssembly();
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(asm.GetManifestResourceStream(n)!);
                return (n[Prefix.Length..], reader.ReadToEnd());
            })
            .ToList();
    }

    /// <summary>Every schema statement, named "file #n".</summary>
    public static IReadOnlyList<CypherStatement> Statements() =>
        Files().SelectMany(f => Split(f.Text).Select((s, i) => new CypherStatement($"{f.File} #{i + 1}", s))).ToList();

    /// <summary>
    /// Splits a script at semicolons that end a line; whole-line <c>//</c> comments are dropped. Schema
    /// scripts hold no strings with "; + newline" in them, so this needs no Cypher parser.
    /// </summary>
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.TrimEnd('\r', ' ', '\t');
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.Length == 0) continue;
            var ends = line.EndsWith(';');
            current.Append(current.Length == 0 ? "" : "\n").Append(ends ? line[..^1] : line);
            if (!ends) continue;
            statements.Add(current.ToString().Trim());
            current.Clear();
        }
        if (current.ToString().Trim() is { Length: > 0 } last) statements.Add(last);
        return statements;
    }
}
