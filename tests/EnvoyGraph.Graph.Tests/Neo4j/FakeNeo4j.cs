using System.Net;
using System.Text;
using System.Text.Json;
using EnvoyGraph.Graph.Neo4j.Http;

namespace EnvoyGraph.Graph.Tests.Neo4j;

/// <summary>
/// A fake transport that replays answers in order and records every request, so tests can check both
/// what the client made of an answer and what it sent. Unscripted requests get a 500 that fails the test.
/// </summary>
internal sealed class FakeNeo4j : HttpMessageHandler
{
    public sealed record Reply(HttpStatusCode Status, string Body, string? Location = null, IReadOnlyDictionary<string, string>? Headers = null);

    public sealed record Request(HttpMethod Method, string Path, string? Authorization, string Body, IReadOnlyDictionary<string, string> Headers)
    {
        /// <summary>The single statement of a Query API request body.</summary>
        public string? QueryStatement()
        {
            if (Body.Length == 0) return null;
            using var doc = JsonDocument.Parse(Body);
            return doc.RootElement.TryGetProperty("statement", out var s) ? s.GetString() : null;
        }

        /// <summary>The statements of a transactional-API request body: (statement text, parameters).</summary>
        public IReadOnlyList<(string Text, JsonElement Parameters)> Statements()
        {
            if (Body.Length == 0) return [];
            using var doc = JsonDocument.Parse(Body);
            return doc.RootElement.GetProperty("statements").EnumerateArray()
                .Select(s => (s.GetProperty("statement").GetString()!, s.TryGetProperty("parameters", out var p) ? p.Clone() : default))
                .ToList();
        }
    }

    private readonly Queue<Reply> _replies = new();
    private readonly Func<Request, Reply?>? _responder;

    public FakeNeo4j(params Reply[] replies)
    {
        foreach (var r in replies) _replies.Enqueue(r);
    }

    /// <summary>A fake that answers each request by a function (null: fall back to the queue).</summary>
    public FakeNeo4j(Func<Request, Reply?> responder) => _responder = responder;

    public List<Request> Requests { get; } = [];

    public void Enqueue(Reply reply) => _replies.Enqueue(reply);

    public static Neo4jHttpClient Client(FakeNeo4j fake, string uri = "neo4j:http://neo4j:s3cret@localhost:7474", Neo4jClientOptions? options = null) =>
        new(Neo4jEndpoint.Parse(uri, _ => null), fake, options ?? Fast);

    /// <summary>Retries without waiting, so retry tests take no time.</summary>
    public static Neo4jClientOptions Fast { get; } = new() { FirstRetryDelay = TimeSpan.FromMilliseconds(1), MaxRetryDelay = TimeSpan.FromMilliseconds(2) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value));
        var recorded = new Request(request.Method, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString(), body, headers);
        Requests.Add(recorded);
        var reply = _responder?.Invoke(recorded) ?? (_replies.Count > 0 ? _replies.Dequeue() : null)
            ?? new Reply(HttpStatusCode.InternalServerError, $$"""{"errors":[{"code":"Test.Unscripted","message":"no answer scripted for {{recorded.Method}} {{recorded.Path}}"}]}""");
        var response = new HttpResponseMessage(reply.Status)
        {
            Content = new StringContent(reply.Body, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
        if (reply.Location is not null) response.Headers.Location = new Uri(reply.Location);
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>()) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }
}
