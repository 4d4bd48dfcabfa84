using System.Text.Encodings.Web;
using System.Text.Json;

namespace EnvoyGraph.Api.Pages;

/// <summary>
/// The GraphiQL page: an embedded HTML template with the example queries and the endpoint filled in,
/// each value escaped for where it goes (JSON for the script, HTML for attributes).
/// </summary>
public static class PlaygroundPage
{
    private static readonly JsonSerializerOptions ScriptJson = new()
    {
        // The default encoder escapes <, >, & and quotes as \uXXXX, so no value can close the script element.
        Encoder = JavaScriptEncoder.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>The page for a service mounted at <paramref name="pathBase"/> (empty at the root).</summary>
    public static string Render(string pathBase, IReadOnlyList<ExampleQuery> examples)
    {
        var basePath = pathBase.TrimEnd('/') + "/";
        return EmbeddedAssets.ReadText("pages/playground.html")
            .Replace("{{EXAMPLES_JSON}}", JsonSerializer.Serialize(examples, ScriptJson))
            .Replace("{{ENDPOINT_JSON}}", JsonSerializer.Serialize(basePath + "graphql", ScriptJson))
            .Replace("{{BASE}}", HtmlEncoder.Default.Encode(basePath));
    }
}
