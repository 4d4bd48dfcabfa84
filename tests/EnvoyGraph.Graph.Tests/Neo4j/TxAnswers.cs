using System.Net;
using System.Text.Json;

namespace EnvoyGraph.Graph.Tests.Neo4j;

/// <summary>Builds transactional-API answers in the recorded shape, for scripted store tests.</summary>
internal static class TxAnswers
{
    /// <summary>An answer with one result per statement of <paramref name="request"/>; <paramref name="rows"/> picks each statement's rows.</summary>
    public static FakeNeo4j.Reply For(FakeNeo4j.Request request, Func<string, JsonElement, object?[][]?>? rows = null, HttpStatusCode status = HttpStatusCode.OK, string? location = null)
    {
        var results = request.Statements().Select(s =>
        {
            var data = rows?.Invoke(s.Text, s.Parameters) ?? [];
            var columns = Columns(s.Text);
            return new { columns, data = data.Select(r => new { row = r, meta = r.Select(_ => (object?)null) }) };
        });
        var body = JsonSerializer.Serialize(new { results, errors = Array.Empty<object>() });
        return new FakeNeo4j.Reply(status, body, location);
    }

    /// <summary>The column names of a statement, as Neo4j names them: the aliases of its last RETURN.</summary>
    public static string[] Columns(string statement)
    {
        var at = statement.LastIndexOf("RETURN ", StringComparison.Ordinal);
        if (at < 0) return [];
        var clause = statement[(at + "RETURN ".Length)..];
        foreach (var end in new[] { "\nORDER BY", "\nLIMIT" })
            if (clause.IndexOf(end, StringComparison.Ordinal) is var cut and >= 0) clause = clause[..cut];
        var items = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < clause.Length; i++)
        {
            if (clause[i] is '(' or '[' or '{') depth++;
            else if (clause[i] is ')' or ']' or '}') depth--;
            else if (clause[i] == ',' && depth == 0) { items.Add(clause[start..i]); start = i + 1; }
        }
        items.Add(clause[start..]);
        return items.Select(item => item.Contains(" AS ") ? item[(item.LastIndexOf(" AS ", StringComparison.Ordinal) + 4)..].Trim() : item.Trim()).ToArray();
    }

    /// <summary>A fake server that accepts everything: explicit transactions open at tx/1, and every statement returns <paramref name="rows"/>.</summary>
    public static FakeNeo4j Server(Func<string, object?[][]?>? rows = null) =>
        Server(rows is null ? null : (text, _) => rows(text));

    /// <summary>As <see cref="Server(Func{string, object?[][]?}?)"/>, with the statement's parameters at hand.</summary>
    public static FakeNeo4j Server(Func<string, JsonElement, object?[][]?>? rows) => new(request => request switch
    {
        { Method.Method: "POST", Path: "/db/neo4j/tx" } => For(request, rows, HttpStatusCode.Created, "http://127.0.0.1:7474/db/neo4j/tx/1"),
        { Method.Method: "DELETE" } => RecordedNeo4j.Ok(RecordedNeo4j.RollBack),
        _ => For(request, rows),
    });
}
