using System.Text.RegularExpressions;

namespace EnvoyGraph.Api.Pages;

/// <summary>An example the playground opens as a tab: a title, the document and its variables (JSON text or null).</summary>
public sealed record ExampleQuery(string Name, string Title, string Query, string? Variables);

/// <summary>
/// The example queries of samples/queries/*.graphql, embedded at build time so the playground offers exactly
/// the queries the README shows and a test runs. A file's title is its first <c># comment</c> line, else its
/// operation name, else its file name; variables come from a sibling <c>NAME.variables.json</c> or <c>NAME.json</c>.
/// </summary>
public static partial class ExampleQueries
{
    private static readonly Lazy<IReadOnlyList<ExampleQuery>> Loaded = new(Load);

    public static IReadOnlyList<ExampleQuery> All => Loaded.Value;

    private static IReadOnlyList<ExampleQuery> Load()
    {
        var names = EmbeddedAssets.List("queries/");
        return names.Where(n => n.EndsWith(".graphql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n["queries/".Length..^".graphql".Length];
                var query = EmbeddedAssets.ReadText(n).Replace("\r\n", "\n").Trim() + "\n";
                var variables = EmbeddedAssets.Find($"queries/{name}.variables.json") ?? EmbeddedAssets.Find($"queries/{name}.json");
                return new ExampleQuery(name, TitleOf(name, query), query,
                    variables is null ? null : System.Text.Encoding.UTF8.GetString(variables.Bytes).Trim());
            })
            .ToList();
    }

    internal static string TitleOf(string fileName, string query)
    {
        var comment = query.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith('#'));
        if (comment is not null && comment.TrimStart('#').Trim() is { Length: > 0 } text) return text;
        var op = OperationName().Match(query);
        if (op.Success) return op.Groups[1].Value;
        return fileName.Replace('-', ' ').Replace('_', ' ');
    }

    [GeneratedRegex(@"^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}
