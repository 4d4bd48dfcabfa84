using System.Text.Encodings.Web;
using System.Text.Json;

namespace EnvoyGraph.Api.Pages;

/// <summary>The dashboard: an embedded HTML page whose script reads the public GraphQL API only.</summary>
public static class DashboardPage
{
    /// <summary>The page for a service mounted at <paramref name="pathBase"/> (empty at the root).</summary>
    public static string Render(string pathBase)
    {
        var basePath = pathBase.TrimEnd('/') + "/";
        // JsonSerializer's default encoder escapes <, > and & so the values cannot end the script element.
        return EmbeddedAssets.ReadText("pages/dashboard.html")
            .Replace("{{ENDPOINT_JSON}}", JsonSerializer.Serialize(basePath + "graphql"))
            .Replace("{{BASE_JSON}}", JsonSerializer.Serialize(basePath))
            .Replace("{{BASE}}", HtmlEncoder.Default.Encode(basePath));
    }
}
