using System.Net;
using System.Text.Json;

namespace EnvoyGraph.Api.Tests.Support;

/// <summary>Runs a query over HTTP and gives back the body, after checking it is a 200 application/json answer.</summary>
public static class Gql
{
    public static async Task<string> RunAsync(ApiHost host, string query, object? variables = null, IDictionary<string, string>? headers = null)
    {
        var response = await host.PostAsync(query, variables, headers: headers);
        var body = await response.Content.ReadAsStringAsync();
        if (Environment.GetEnvironmentVariable("GQL_DUMP") is { Length: > 0 } dump) File.AppendAllText(dump, query + "\n" + body + "\n");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return body;
    }

    /// <summary>The answer with its JSON re-indented, for readable expected values.</summary>
    public static async Task<string> RunPrettyAsync(ApiHost host, string query, object? variables = null, IDictionary<string, string>? headers = null) =>
        Pretty(await RunAsync(host, query, variables, headers));

    public static string Pretty(string json) =>
        JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }).ReplaceLineEndings("\n");

    public static JsonElement Data(string body) => JsonDocument.Parse(body).RootElement.GetProperty("data");
}
