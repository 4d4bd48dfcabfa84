using System.Text.Json;

namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>The rows one statement returned, as JSON values in the order of <see cref="Columns"/>.</summary>
public sealed class Neo4jResult(IReadOnlyList<string> columns, IReadOnlyList<JsonElement[]> rows)
{
    public IReadOnlyList<string> Columns { get; } = columns;
    public IReadOnlyList<JsonElement[]> Rows { get; } = rows;

    /// <summary>The value of <paramref name="column"/> in every row.</summary>
    /// <exception cref="InvalidOperationException">The statement returned no such column (a bug in the adapter's Cypher).</exception>
    public IEnumerable<JsonElement> Column(string column)
    {
        var index = IndexOf(column);
        return Rows.Select(r => r[index]);
    }

    /// <summary>The single value of <paramref name="column"/> in the first row, or an undefined element when there is no row.</summary>
    public JsonElement Single(string column) => Rows.Count == 0 ? default : Rows[0][IndexOf(column)];

    private int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i] == column) return i;
        throw new InvalidOperationException($"the statement returned no column '{column}' (it returned {string.Join(", ", Columns)})");
    }
}
