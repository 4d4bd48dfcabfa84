using System.Reflection;
using Microsoft.Data.Sqlite;

namespace EnvoyGraph.Graph.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file (WAL, synchronous=NORMAL, foreign keys), schema from
/// graph-schema/sqlite/*.sql. Reads open a pooled connection each; writes are serialised and each
/// <see cref="ApplyAsync"/> batch is one transaction, so a killed load leaves whole batches only.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <param name="path">The database file; created with its parent directory when missing.</param>
    public SqliteGraphStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    public string Description => $"sqlite:{Path}";

    /// <summary>Opens (creating when missing) and initialises the store at <paramref name="path"/>.</summary>
    /// <exception cref="GraphStoreException">The path cannot be written or is not an SQLite database.</exception>
    public static async Task<SqliteGraphStore> OpenAsync(string path, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new GraphStoreException("--store sqlite: needs a file path, e.g. sqlite:data/envoygraph.db");
        var store = new SqliteGraphStore(path);
        try
        {
            var dir = System.IO.Path.GetDirectoryName(store.Path);
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphStoreException($"cannot create the directory of store '{store.Path}': {e.Message}", e);
        }
        await store.InitializeAsync(ct);
        return store;
    }

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        try
        {
            await using var c = await OpenConnectionAsync(ct);
            await ExecAsync(c, "PRAGMA journal_mode=WAL;", ct);
            foreach (var script in SchemaScripts())
                await ExecAsync(c, script, ct);
        }
        catch (SqliteException e)
        {
            throw Describe(e);
        }
    }

    internal GraphStoreException Describe(SqliteException e) => e.SqliteErrorCode switch
    {
        26 or 11 => new GraphStoreException($"store '{Path}' is not an SQLite database or is corrupt ({e.Message.TrimEnd('.')})", e),
        14 => new GraphStoreException($"cannot open store '{Path}': the file or its directory cannot be created or opened", e),
        8 or 23 => new GraphStoreException($"cannot write store '{Path}': the file is read-only or access is denied", e),
        5 or 6 => new GraphStoreException($"store '{Path}' is locked by another process; try again when it is done", e),
        13 => new GraphStoreException($"cannot write store '{Path}': the disk is full", e),
        _ => new GraphStoreException($"store '{Path}': {e.Message}", e),
    };

    private static IEnumerable<string> SchemaScripts()
    {
        var asm = Assembly.GetExecutingAssembly();
        const string prefix = "EnvoyGraph.Graph.Schema.sqlite.";
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(asm.GetManifestResourceStream(name)!);
            yield return reader.ReadToEnd();
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        await c.OpenAsync(ct);
        // Memory-mapped reads share the OS page cache between pooled connections instead of each keeping its own.
        await ExecAsync(c, "PRAGMA mmap_size=1073741824;", ct);
        return c;
    }

    private static async Task ExecAsync(SqliteConnection c, string sql, CancellationToken ct, SqliteTransaction? tx = null)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Runs a read, turning SQLite failures into a <see cref="GraphStoreException"/> naming the store.</summary>
    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken ct)
    {
        try
        {
            await using var c = await OpenConnectionAsync(ct);
            return await read(c);
        }
        catch (SqliteException e)
        {
            throw Describe(e);
        }
    }

    public ValueTask DisposeAsync()
    {
        // Release the file: pooled connections would otherwise keep it open (and its WAL) after the store is gone.
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        _writeLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
