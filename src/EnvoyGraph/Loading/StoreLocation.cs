using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Stores;

namespace EnvoyGraph.Cli.Loading;

/// <summary>Which graph store a command uses: <c>--store</c>, else ENVOYGRAPH_STORE, else NEO4J_URI, else the embedded SQLite file.</summary>
public static class StoreLocation
{
    /// <summary>The store URI to open, from the option or the environment.</summary>
    public static string Resolve(string? option, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(option)) return option.Trim();
        if (environment("ENVOYGRAPH_STORE") is { Length: > 0 } store) return store.Trim();
        if (environment("NEO4J_URI") is { Length: > 0 } neo4j)
            return neo4j.StartsWith("neo4j:", StringComparison.OrdinalIgnoreCase) ? neo4j.Trim() : "neo4j:" + neo4j.Trim();
        return GraphStores.DefaultUri;
    }

    /// <summary>Opens the store (its schema is created when missing), or writes one line saying why it could not and returns null.</summary>
    public static async Task<IGraphStore?> OpenAsync(string uri, CliConsole console, CancellationToken ct)
    {
        try
        {
            return await GraphStores.OpenAsync(uri, ct);
        }
        catch (ArgumentException e)
        {
            // GraphStores names the value and the accepted forms.
            console.Problem("--store", e.Message);
        }
        catch (GraphStoreException e)
        {
            // The store names the path or server and the reason.
            console.Problem("--store", e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            console.Problem("--store", $"cannot open '{Redact(uri)}': {e.Message}");
        }
        return null;
    }

    /// <summary>The URI without a password, for messages.</summary>
    public static string Redact(string uri)
    {
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        var at = uri.IndexOf('@');
        if (scheme < 0 || at < scheme) return uri;
        var colon = uri.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? uri[..(colon + 1)] + "***" + uri[at..] : uri;
    }
}
