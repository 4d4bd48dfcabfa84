using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using EnvoyGraph.Graph.Neo4j.Cypher;

namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>
/// Runs Cypher on Neo4j's transactional HTTP API (<c>/db/{database}/tx</c>), which Neo4j 4.0 and later serve.
/// Every error — a non-2xx status, or the <c>errors</c> list that the endpoint also sends inside a 200 —
/// becomes a <see cref="Neo4jException"/> of the right family; transient ones are retried.
/// </summary>
public sealed class Neo4jHttpClient : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private readonly HttpClient _http;
    private readonly Neo4jClientOptions _options;

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
    }

    public Neo4jEndpoint Endpoint { get; }

    private string TxPath => $"db/{Uri.EscapeDataString(Endpoint.Database)}/tx";

    /// <summary>Runs one statement in its own transaction (retried as a whole on a transient error).</summary>
    public async Task<Neo4jResult> RunAsync(CypherQuery query, CancellationToken ct = default) =>
        (await RunAsync([query], ct).ConfigureAwait(false))[0];

    /// <summary>Runs several statements in ONE transaction, in one request: all or nothing.</summary>
    public Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<CypherQuery> queries, CancellationToken ct = default) =>
        Neo4jRetry.RunAsync(async t =>
        {
            var answer = await SendAsync(HttpMethod.Post, $"{TxPath}/commit", queries, t).ConfigureAwait(false);
            return ReadResults(answer, queries);
        }, _options, ct);

    /// <summary>
    /// Runs <paramref name="queries"/> in an explicit transaction, lets <paramref name="check"/> look at
    /// the results before anything is committed, and commits only if it returns without throwing.
    /// When <paramref name="check"/> throws, the transaction is rolled back and the exception rethrown.
    /// </summary>
    public Task<IReadOnlyList<Neo4jResult>> RunCheckedAsync(
        IReadOnlyList<CypherQuery> queries, Action<IReadOnlyList<Neo4jResult>> check, CancellationToken ct = default) =>
        Neo4jRetry.RunAsync(async t =>
        {
            var opened = await SendAsync(HttpMethod.Post, TxPath, queries, t).ConfigureAwait(false);
            // An error inside the transaction has already rolled it back on the server.
            var results = ReadResults(opened, queries);
            // Only the path of Location: the host in it is the server's own view, which a proxy or container may hide.
            var txPath = opened.Location?.AbsolutePath.TrimStart('/')
                ?? throw new Neo4jDatabaseException($"Neo4j at {Endpoint.Host} opened a transaction without saying where it is (no Location header)");
            try
            {
                check(results);
            }
            catch
            {
                await RollBackAsync(txPath).ConfigureAwait(false);
                throw;
            }
            var committed = await SendAsync(HttpMethod.Post, $"{txPath}/commit", [], t).ConfigureAwait(false);
            ReadResults(committed, []);
            return results;
        }, _options, ct);

    /// <summary>Checks that the server answers and accepts the credentials (one trivial statement).</summary>
    public Task VerifyAsync(CancellationToken ct = default) =>
        RunAsync(new CypherQuery(new CypherStatement("connectivity check", "RETURN 1 AS ok")), ct);

    private async Task RollBackAsync(string txPath)
    {
        try
        {
            using var cts = new CancellationTokenSource(_options.ConnectTimeout);
            using var _ = await _http.DeleteAsync(txPath, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // The server drops an abandoned transaction after its idle timeout anyway.
        }
    }

    private sealed record Answer(HttpStatusCode Status, JsonElement Body, Uri? Location);

    private async Task<Answer> SendAsync(HttpMethod method, string path, IReadOnlyList<CypherQuery> queries, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = new StringContent(Serialize(queries), Encoding.UTF8, "application/json"),
        };
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
            var body = ParseBody(text, response.StatusCode);
            ThrowOnStatus(response.StatusCode, body, queries);
            return new Answer(response.StatusCode, body, response.Headers.Location);
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
        if (status == HttpStatusCode.Unauthorized)
            throw new Neo4jAuthenticationException(Endpoint.User is null
                ? $"Neo4j at {Endpoint.Host} asks for credentials: set NEO4J_USER and NEO4J_PASSWORD, or use neo4j:http://user:password@{Endpoint.Host}"
                : $"Neo4j refused the credentials for user {Endpoint.User} at {Endpoint.Host}", FirstError(body)?.Code);
        if (status == HttpStatusCode.Forbidden)
            throw new Neo4jAuthenticationException(
                $"Neo4j at {Endpoint.Host} does not allow user {Endpoint.User ?? "(none)"} to do this: {FirstError(body)?.Message}", FirstError(body)?.Code);
        if (FirstError(body) is { Code: "Neo.ClientError.Database.DatabaseNotFound" })
            throw new Neo4jClientException(
                $"Neo4j at {Endpoint.Host} has no database '{Endpoint.Database}': name an existing one, e.g. neo4j:http://{Endpoint.Host}/neo4j",
                "Neo.ClientError.Database.DatabaseNotFound");
        if (code is 502 or 503 or 504)
            throw new Neo4jTransientException($"Neo4j at {Endpoint.Host} is unavailable (HTTP {code})", FirstError(body)?.Code);
        if (code >= 300 && FirstError(body) is null)
            throw (code >= 500 ? new Neo4jDatabaseException($"Neo4j at {Endpoint.Host} failed with HTTP {code}")
                : new Neo4jClientException(
                    $"{Endpoint.Host} answered HTTP {code} without a Neo4j error: is it Neo4j's HTTP port (7474 by default), and is the database name right?"));
        // A 2xx (or an error status with an errors list) is read by ReadResults/ThrowOnErrors.
        if (code >= 300) ThrowOnErrors(body, queries, 0);
    }

    private IReadOnlyList<Neo4jResult> ReadResults(Answer answer, IReadOnlyList<CypherQuery> queries)
    {
        var body = answer.Body;
        var results = new List<Neo4jResult>();
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("results", out var list) && list.ValueKind == JsonValueKind.Array)
            foreach (var result in list.EnumerateArray())
                results.Add(ReadResult(result));
        ThrowOnErrors(body, queries, results.Count);
        if (results.Count != queries.Count)
            throw new Neo4jDatabaseException($"Neo4j at {Endpoint.Host} returned {results.Count} results for {queries.Count} statements");
        return results;
    }

    private static Neo4jResult ReadResult(JsonElement result)
    {
        var columns = result.TryGetProperty("columns", out var c) ? c.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        var rows = new List<JsonElement[]>();
        if (result.TryGetProperty("data", out var data))
            foreach (var item in data.EnumerateArray())
                rows.Add(item.GetProperty("row").EnumerateArray().ToArray());
        return new Neo4jResult(columns, rows);
    }

    private void ThrowOnErrors(JsonElement body, IReadOnlyList<CypherQuery> queries, int resultsSeen)
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

    private static string Serialize(IReadOnlyList<CypherQuery> queries)
    {
        var body = new
        {
            statements = queries.Select(q => new { statement = q.Statement.Text, parameters = q.Parameters }),
        };
        return JsonSerializer.Serialize(body, Neo4jJson.Options);
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
