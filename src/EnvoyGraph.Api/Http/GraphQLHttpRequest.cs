using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace EnvoyGraph.Api.Http;

/// <summary>A GraphQL request as sent over HTTP: the JSON body of a POST or the parameters of a GET.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
{
    /// <summary>Reads a POST: <c>application/json</c> (UTF-8) body, at most <paramref name="maxBytes"/> bytes.</summary>
    /// <exception cref="RequestError">415, 413 or 400, with a message naming what is wrong.</exception>
    public static async Task<GraphQLHttpRequest> FromPostAsync(HttpRequest http, long maxBytes, IGraphQLTextSerializer serializer)
    {
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType)
            || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
            throw new RequestError(415, "UNSUPPORTED_MEDIA_TYPE",
                $"POST /graphql takes Content-Type application/json (UTF-8), not '{http.ContentType ?? "(none)"}'");
        var body = await ReadBodyAsync(http, maxBytes);
        JsonDocument json;
        try { json = JsonDocument.Parse(body); }
        catch (JsonException e) { throw RequestError.BadRequest($"the request body is not valid JSON: {e.Message}"); }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                throw RequestError.BadRequest("the request body must be a JSON object {\"query\": ..., \"variables\": ..., \"operationName\": ...}");
            var root = json.RootElement;
            return new GraphQLHttpRequest(
                RequiredQuery(root.TryGetProperty("query", out var q) ? q : default),
                OptionalString(root, "operationName"),
                OptionalMap(root, "variables", serializer),
                OptionalMap(root, "extensions", serializer));
        }
    }

    /// <summary>Reads a GET: <c>query</c>, <c>operationName</c>, and <c>variables</c>/<c>extensions</c> as JSON text.</summary>
    public static GraphQLHttpRequest FromGet(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        var q = http.Query;
        if (!q.TryGetValue("query", out var query) || string.IsNullOrEmpty(query))
            throw RequestError.BadRequest("the `query` parameter is missing: GET /graphql?query={...}");
        return new GraphQLHttpRequest(query.ToString(), NullIfEmpty(q["operationName"]), GetMap(q["variables"], "variables", serializer), GetMap(q["extensions"], "extensions", serializer));
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest http, long maxBytes)
    {
        if (http.ContentLength > maxBytes) throw TooLarge(maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Body.ReadAsync(chunk, http.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw RequestError.BadRequest("the request body is empty: send a JSON object with a `query`");
        return buffer.ToArray();
    }

    private static RequestError TooLarge(long maxBytes) =>
        new(413, "PAYLOAD_TOO_LARGE", $"the request body is larger than {maxBytes} bytes, the most this service accepts");

    private static string RequiredQuery(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Undefined or JsonValueKind.Null => throw RequestError.BadRequest("`query` is missing: send {\"query\": \"{ ... }\"}"),
        _ => throw RequestError.BadRequest($"`query` must be a string, not {Kind(value)}"),
    };

    private static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw RequestError.BadRequest($"`{name}` must be a string or null, not {Kind(value)}"),
        };

    private static Inputs? OptionalMap(JsonElement root, string name, IGraphQLTextSerializer serializer) =>
        !root.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.Object => serializer.Deserialize<Inputs>(value.GetRawText()),
            JsonValueKind.Null => null,
            _ => throw RequestError.BadRequest($"`{name}` must be a JSON object or null, not {Kind(value)}"),
        };

    private static Inputs? GetMap(string? text, string name, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.ValueKind switch
            {
                JsonValueKind.Object => serializer.Deserialize<Inputs>(text),
                JsonValueKind.Null => null,
                _ => throw RequestError.BadRequest($"`{name}` must be a JSON object, not {Kind(json.RootElement)}"),
            };
        }
        catch (JsonException e)
        {
            throw RequestError.BadRequest($"`{name}` is not valid JSON: {e.Message}");
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.String => "a string",
        _ => "null",
    };
}
