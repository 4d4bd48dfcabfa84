using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using EnvoyGraph.Graph.Neo4j.Cypher;

namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>
/// Runs Cypher over Neo4j's HTTP APIs: the transactional API (<c>/db/{database}/tx</c>, Neo4j 4.0 and later)
/// or the Query API (<c>/db/{database}/query/v2</c>, Neo4j 5.19 and later, and Aura), as
/// <see cref="Neo4jEndpoint.Api"/> says. Every error — a non-2xx status, or the <c>errors</c> list both APIs
/// also send inside a 2xx — becomes a <see cref="Neo4jException"/> of the right family; transient ones are
/// retried, the whole transaction at a time.
/// </summary>
public sealed class Neo4jHttpClient : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private readonly HttpClient _http;
    private readonly Neo4jClientOptions _options;
    private readonly ICypherTransport _transport;

    /// <param name="handler">The transport; tests pass a fake that replays recorded answers.</param>
    public Neo4jHttpClient(Neo4jEndpoint endpoint, HttpMessageHandler? handler = null, Neo4jClientOptions? options = null)
    {
        Endpoint = endpoint;
        _options = options ?? Neo4jClientOptions.Default;
        handler ??= new SocketsHttpHandler
        {
            ConnectTimeout = _options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        // The request timeout is ours (a linked token), so that a timeout can be told from the caller's cancellation.
        _http = new HttpClient(handler) { BaseAddress = endpoint.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.Accept.Add(Json);
        if (endpoint.User is not null)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{endpoint.User}:{endpoint.Password}")));
        _transport = endpoint.Api == Neo4jApi.Query ? new QueryApiTransport(this) : new TransactionalApiTransport(this);
    }

    public Neo4jEndpoint Endpoint { get; }

    internal string DatabasePath => $"db/{Uri.EscapeDataString(Endpoint.Database)}";

    /// <summary>Runs one statement in its own transaction (retried as a whole on a transient error).</summary>
    public async Task<Neo4jResult> RunAsync(CypherQuery query, CancellationToken ct = default) =>
        (await RunAsync([query], ct).ConfigureAwait(false))[0];

    /// <summary>Runs several statements in ONE transaction: all or nothing.</summary>
    public Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<CypherQuery> queries, CancellationToken ct = default) =>
        Neo4jRetry.RunAsync(t => _transport.RunAsync(queries, null, t), _options, ct);

    /// <summary>
    /// Runs <paramref name="queries"/> in an explicit transaction, lets <paramref name="check"/> look at
    /// the results before anything is committed, and commits only if it returns without throwing.
    /// When <paramref name="check"/> throws, the transaction is rolled back and the exception rethrown.
    /// </summary>
    public Task<IReadOnlyList<Neo4jResult>> RunCheckedAsync(
        IReadOnlyList<CypherQuery> queries, Action<IReadOnlyList<Neo4jResult>> check, CancellationToken ct = default) =>
        Neo4jRetry.RunAsync(t => _transport.RunAsync(queries, check, t), _options, ct);

    /// <summary>Checks that the server answers and accepts the credentials (one trivial statement).</summary>
    public Task VerifyAsync(CancellationToken ct = default) =>
        RunAsync(new CypherQuery(new CypherStatement("connectivity check", "RETURN 1 AS ok")), ct);

    /// <summary>An answer whose status was not an error (the body may still hold an <c>errors</c> list).</summary>
    internal sealed record Answer(HttpStatusCode Status, JsonElement Body, HttpResponseHeaders Headers);

    /// <summary>Sends one request; throws for unreachable servers, timeouts and error statuses.</summary>
    /// <param name="queries">The statements the request carries, to name the failing one in an error.</param>
    internal async Task<Answer> SendAsync(HttpMethod method, string path, object? body, IReadOnlyList<CypherQuery> queries,
        CancellationToken ct, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = new StringContent(JsonSerializer.Serialize(body, Neo4jJson.Options), Encoding.UTF8, "application/json");
        foreach (var (name, value) in headers ?? []) request.Headers.TryAddWithoutValidation(name, value);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.RequestTimeout);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new Neo4jUnavailableException($"Neo4j at {Endpoint.Host} did not answer within {Describe(_options.RequestTimeout)}", e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jUnavailableException($"cannot reach Neo4j at {Endpoint.Host}: {Reason(e)}", e);
        }
        using (response)
        {
            var parsed = ParseBody(text, response.StatusCode);
            ThrowOnStatus(response.StatusCode, parsed, queries);
            return new Answer(response.StatusCode, parsed, response.Headers);
        }
    }

    /// <summary>Rolls back an open transaction, best effort: the server drops an abandoned one after its idle timeout anyway.</summary>
    internal async Task RollBackAsync(string path, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        try
        {
            using var cts = new CancellationTokenSource(_options.ConnectTimeout);
            using var request = new HttpRequestMessage(HttpMethod.Delete, path);
            foreach (var (name, value) in headers ?? []) request.Headers.TryAddWithoutValidation(name, value);
            using var _ = await _http.SendAsync(request, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
        }
    }

    private JsonElement ParseBody(string text, HttpStatusCode status)
    {
        if (string.IsNullOrWhiteSpace(text)) return default;
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            var code = (int)status;
            var excerpt = text.Length > 120 ? text[..120] + "…" : text;
            if (code is 502 or 503 or 504)
                throw new Neo4jTransientException($"Neo4j at {Endpoint.Host} is unavailable (HTTP {code})");
            throw new Neo4jDatabaseException($"Neo4j at {Endpoint.Host} answered HTTP {code} with something that is not JSON: {excerpt}");
        }
    }

    private void ThrowOnStatus(HttpStatusCode status, JsonElement body, IReadOnlyList<CypherQuery> queries)
    {
        var code = (int)status;
        var error = FirstError(body);
        if (status == HttpStatusCode.Unauthorized)
            throw new Neo4jAuthenticationException(Endpoint.User is null
                ? $"Neo4j at {Endpoint.Host} asks for credentials: set NEO4J_USER and NEO4J_PASSWORD, or use neo4j:http://user:password@{Endpoint.Host}"
                : $"Neo4j refused the credentials for user {Endpoint.User} at {Endpoint.Host}", error?.Code);
        if (status == HttpStatusCode.Forbidden)
            throw new Neo4jAuthenticationException(
                $"Neo4j at {Endpoint.Host} does not allow user {Endpoint.User ?? "(none)"} to do this: {error?.Message}", error?.Code);
        if (error is { Code: "Neo.ClientError.Database.DatabaseNotFound" })
            throw new Neo4jClientException(
                $"Neo4j at {Endpoint.Host} has no database '{Endpoint.Database}': name an existing one, e.g. neo4j:http://{Endpoint.Host}/neo4j",
                error.Code);
        if (code is 502 or 503 or 504)
            throw new Neo4jTransientException($"Neo4j at {Endpoint.Host} is unavailable (HTTP {code})", error?.Code);
        if (code >= 300 && error is null)
            throw (code >= 500 ? new Neo4jDatabaseException($"Neo4j at {Endpoint.Host} failed with HTTP {code}")
                : new Neo4jClientException(
                    $"{Endpoint.Host} answered HTTP {code} without a Neo4j error: is it Neo4j's HTTP port (7474 by default), and is the database name right?"));
        // A 2xx is read by the transport, which checks its errors list too.
        if (code >= 300) ThrowOnErrors(body, queries, 0);
    }

    /// <summary>Throws for the first entry of the body's <c>errors</c> list, naming the statement that failed.</summary>
    /// <param name="resultsSeen">How many results the answer held: tells which of several statements failed.</param>
    internal void ThrowOnErrors(JsonElement body, IReadOnlyList<CypherQuery> queries, int resultsSeen)
    {
        if (FirstError(body) is not { } error) return;
        var statement = FailedStatement(queries, resultsSeen, error.Message);
        var where = statement is null ? "" : $" in statement '{statement.Statement.Name}'";
        throw error.Code switch
        {
            _ when error.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) =>
                new Neo4jAuthenticationException($"Neo4j at {Endpoint.Host} refused user {Endpoint.User ?? "(none)"}: {error.Message}", error.Code),
            _ => Neo4jException.FromCode(error.Code, $"Neo4j{where}: {error.Message} ({error.Code})"),
        };
    }

    // The transactional endpoint lists a result for each statement that started, including a failing one that
    // got past planning; an error with a source position ("line 1, column 10") failed while being parsed.
    private static CypherQuery? FailedStatement(IReadOnlyList<CypherQuery> queries, int resultsSeen, string message)
    {
        if (queries.Count == 0) return null;
        if (queries.Count == 1) return queries[0];
        var parsing = message.Contains("(line ", StringComparison.Ordinal);
        var index = parsing ? resultsSeen : resultsSeen - 1;
        return queries[Math.Clamp(index, 0, queries.Count - 1)];
    }

    private sealed record Neo4jError(string Code, string Message);

    private static Neo4jError? FirstError(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0) return null;
        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
        var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
        return new Neo4jError(code ?? "Neo.DatabaseError.General.UnknownError", message ?? "(no message)");
    }

    private static string Reason(HttpRequestException e) => e.InnerException switch
    {
        SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "connection refused (is Neo4j running, and is its HTTP port 7474 open?)",
        SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData } => "unknown host",
        SocketException s => s.Message,
        TimeoutException or OperationCanceledException => "no connection within the connect timeout",
        _ => e.Message,
    };

    private static string Describe(TimeSpan t) => t.TotalSeconds < 120 ? $"{t.TotalSeconds:0.#} s" : $"{t.TotalMinutes:0.#} min";

    public void Dispose() => _http.Dispose();
}
