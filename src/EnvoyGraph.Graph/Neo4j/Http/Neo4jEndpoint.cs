namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>
/// Where a Neo4j server is and how to log in, parsed from <c>neo4j:http://[user:pass@]host:7474[/database][?api=query|tx]</c>
/// (the <c>neo4j:</c> prefix may be left out). <c>NEO4J_USER</c> / <c>NEO4J_PASSWORD</c> fill in what the URI leaves out.
/// The API is the transactional one unless <c>?api=query</c> says otherwise or the host is an Aura instance.
/// </summary>
/// <remarks><see cref="ToString"/> and <see cref="Description"/> never contain the password.</remarks>
public sealed class Neo4jEndpoint
{
    /// <summary>The database used when the URI names none.</summary>
    public const string DefaultDatabase = "neo4j";

    private Neo4jEndpoint(Uri baseAddress, string database, string? user, string? password, Neo4jApi api)
    {
        Api = api;
        BaseAddress = baseAddress;
        Database = database;
        User = user;
        Password = password;
    }

    /// <summary>Scheme, host and port only, e.g. <c>http://localhost:7474/</c>.</summary>
    public Uri BaseAddress { get; }
    public string Database { get; }
    public Neo4jApi Api { get; }
    public string? User { get; }
    internal string? Password { get; }

    /// <summary>Host and port as a user wrote them, e.g. <c>localhost:7474</c>.</summary>
    public string Host => BaseAddress.IsDefaultPort ? BaseAddress.Host : $"{BaseAddress.Host}:{BaseAddress.Port}";

    /// <summary>For messages and logs: <c>neo4j:http://user@host:7474/database</c>, never the password.</summary>
    public string Description =>
        $"neo4j:{BaseAddress.Scheme}://{(User is null ? "" : User + "@")}{Host}/{Database}";

    public override string ToString() => Description;

    /// <summary>Parses a store URI; credentials missing from it come from <paramref name="environment"/> (NEO4J_USER, NEO4J_PASSWORD).</summary>
    /// <exception cref="ArgumentException">The URI is not an http(s) URL with a host; the message shows the accepted form (never the password).</exception>
    public static Neo4jEndpoint Parse(string uri, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var text = uri.Trim();
        if (text.StartsWith("neo4j:", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("neo4j://", StringComparison.OrdinalIgnoreCase))
            text = text["neo4j:".Length..];

        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
            throw new ArgumentException($"'{Redact(uri)}' is not a Neo4j address: expected neo4j:http://[user:pass@]host:7474[/database]");
        if (parsed.Scheme is not ("http" or "https"))
            throw new ArgumentException(
                $"'{Redact(uri)}' uses {parsed.Scheme}://, which EnvoyGraph does not speak (it uses Neo4j's HTTP API, not Bolt): " +
                "use neo4j:http://host:7474 or neo4j:https://host:7473");

        string? user = null, password = null;
        if (parsed.UserInfo.Length > 0)
        {
            var colon = parsed.UserInfo.IndexOf(':');
            user = Uri.UnescapeDataString(colon < 0 ? parsed.UserInfo : parsed.UserInfo[..colon]);
            password = colon < 0 ? null : Uri.UnescapeDataString(parsed.UserInfo[(colon + 1)..]);
        }
        user = NullIfEmpty(user) ?? NullIfEmpty(environment("NEO4J_USER"));
        password = NullIfEmpty(password) ?? NullIfEmpty(environment("NEO4J_PASSWORD"));
        // A password alone means the default user, as neo4j-admin and the Docker image set it up.
        if (user is null && password is not null) user = "neo4j";

        var path = parsed.AbsolutePath.Trim('/');
        if (path.StartsWith("db/", StringComparison.Ordinal)) path = path["db/".Length..];
        if (path.Contains('/'))
            throw new ArgumentException($"'{Redact(uri)}': '{path}' is not a database name: expected neo4j:http://host:7474[/database]");
        var database = path.Length == 0 ? DefaultDatabase : Uri.UnescapeDataString(path);

        var baseAddress = new UriBuilder(parsed.Scheme, parsed.Host, parsed.Port).Uri;
        return new Neo4jEndpoint(baseAddress, database, user, password, ParseApi(parsed, uri));
    }

    // Aura serves only the Query API; self-managed servers serve the transactional API from 4.0 on.
    private static Neo4jApi ParseApi(Uri parsed, string uri)
    {
        var query = parsed.Query.TrimStart('?');
        if (query.Length == 0)
            return parsed.Host.EndsWith(".databases.neo4j.io", StringComparison.OrdinalIgnoreCase) ? Neo4jApi.Query : Neo4jApi.Transactional;
        return query.ToLowerInvariant() switch
        {
            "api=query" => Neo4jApi.Query,
            "api=tx" or "api=transactional" => Neo4jApi.Transactional,
            _ => throw new ArgumentException($"'{Redact(uri)}': '?{query}' is not an option: use ?api=query (Query API) or ?api=tx (transactional API)"),
        };
    }

    /// <summary>The store URI with any password replaced by <c>***</c>, safe to print.</summary>
    public static string Redact(string uri)
    {
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0) return uri;
        var start = scheme + 3;
        var end = uri.IndexOfAny(['/', '?', '#'], start);
        if (end < 0) end = uri.Length;
        // The last '@' of the authority ends the user info, even when an unescaped '@' is inside the password.
        var at = uri.LastIndexOf('@', end - 1, end - start);
        if (at < 0) return uri;
        var colon = uri.IndexOf(':', start, at - start);
        return colon < 0 ? uri : uri[..(colon + 1)] + "***" + uri[at..];
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
