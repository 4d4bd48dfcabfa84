using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using EnvoyGraph.Api;
using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Sqlite;
using EnvoyGraph.Graph.Synthetic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace EnvoyGraph.Bench.Api;

/// <summary>A synthetic SQLite graph (the graph project's generator) served in process through the real endpoint.</summary>
public sealed class BenchGraph : IAsyncDisposable
{
    private readonly string _folder;
    private readonly IGraphStore _store;
    private readonly WebApplication _app;

    private BenchGraph(string folder, IGraphStore store, WebApplication app, int meetings, TimeSpan loadTime)
    {
        (_folder, _store, _app, Meetings, LoadTime) = (folder, store, app, meetings, loadTime);
        Client = app.GetTestClient();
    }

    public int Meetings { get; }
    public TimeSpan LoadTime { get; }
    public HttpClient Client { get; }

    public static async Task<BenchGraph> CreateAsync(int meetings, int seed)
    {
        var folder = Directory.CreateTempSubdirectory("envoygraph-bench-api-").FullName;
        var watch = Stopwatch.StartNew();
        var store = await SqliteGraphStore.OpenAsync(Path.Combine(folder, "graph.db"));
        foreach (var batch in SyntheticGraph.Generate(meetings, seed)) await store.ApplyAsync(batch);
        watch.Stop();

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddEnvoyGraph(store, new ApiOptions());
        var app = builder.Build();
        app.MapEnvoyGraph();
        await app.StartAsync();
        return new BenchGraph(folder, store, app, meetings, watch.Elapsed);
    }

    /// <summary>POSTs a query and returns its <c>data</c>; throws when the answer has errors, so a broken query never looks fast.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode || body.TryGetProperty("errors", out _))
            throw new InvalidOperationException($"query failed ({(int)response.StatusCode}): {body}");
        return body.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
