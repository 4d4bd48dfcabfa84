using System.Net.Http.Headers;
using System.Text;
using EnvoyGraph.Api;
using EnvoyGraph.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace EnvoyGraph.Api.Tests.Support;

/// <summary>
/// The web service in process, over a TestServer: the same AddEnvoyGraph/MapEnvoyGraph wiring as
/// <c>envoygraph serve</c>, built with WebApplication.CreateBuilder + UseTestServer, so each test has
/// its own app over its own store.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<ApiHost> StartAsync(IGraphStore store, ApiOptions? options = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddEnvoyGraph(store, options ?? new ApiOptions());
        var app = builder.Build();
        app.MapEnvoyGraph();
        await app.StartAsync();
        return new ApiHost(app);
    }

    /// <summary>POSTs <c>{"query": ..., "variables": ...}</c> as application/json.</summary>
    public Task<HttpResponseMessage> PostAsync(string query, object? variables = null, string accept = "application/json", IDictionary<string, string>? headers = null)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query, variables });
        return SendAsync(HttpMethod.Post, "/graphql", body, "application/json", accept, headers);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body, string? contentType, string? accept, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(name, value);
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
