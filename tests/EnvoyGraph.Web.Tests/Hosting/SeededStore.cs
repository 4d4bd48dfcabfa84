using System.Text.Json;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Ingest;
using EnvoyGraph.Graph.Stores;

namespace EnvoyGraph.Web.Tests.Hosting;

/// <summary>
/// A SQLite store in a fresh temporary folder, loaded through the real ingest with the facts of the two
/// seed articles (TestData/seed-facts.jsonl, as their gold files give them). Disposing deletes it.
/// </summary>
public sealed class SeededStore : IAsyncDisposable
{
    private readonly string folder;

    private SeededStore(string folder, IGraphStore store, string uri)
    {
        this.folder = folder;
        Store = store;
        Uri = uri;
    }

    public IGraphStore Store { get; }

    /// <summary>The store's URI, for <c>--store</c>.</summary>
    public string Uri { get; }

    public static async Task<SeededStore> CreateAsync(string factsFile = "seed-facts.jsonl")
    {
        var folder = Directory.CreateTempSubdirectory("envoygraph-web-").FullName;
        var uri = "sqlite:" + Path.Combine(folder, "graph.db");
        var store = await GraphStores.OpenAsync(uri);
        var items = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", factsFile))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<ArticleFacts>(l)!)
            .Select(f => new IngestItem(f, f.Source))
            .ToList();
        await new ArticleIngestor(store).IngestAsync(items);
        return new SeededStore(folder, store, uri);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
