using EnvoyGraph.Graph.Sqlite;
using EnvoyGraph.Graph.Tests.Contract;

namespace EnvoyGraph.Graph.Tests.Sqlite;

/// <summary>A fresh SQLite file in its own temporary directory per test, deleted afterwards.</summary>
public sealed class SqliteStoreFactory : IStoreFactory
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "envoygraph-tests", Guid.NewGuid().ToString("n"));

    public string DatabasePath => Path.Combine(Directory, "graph.db");

    public async Task<IGraphStore> CreateAsync() => await SqliteGraphStore.OpenAsync(DatabasePath);

    public ValueTask DisposeAsync()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { } // a file still held open only leaves a temp file behind
        return ValueTask.CompletedTask;
    }
}
