using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace EnvoyGraph.Api.Http;

/// <summary>Picks the response media type from the Accept header, as the GraphQL-over-HTTP spec says.</summary>
public static class ResponseMediaType
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The most preferred of <c>application/graphql-response+json</c> and <c>application/json</c>;
    /// a missing Accept, <c>*/*</c> or <c>application/*</c> means <c>application/json</c> (the one every client reads);
    /// null when the client accepts neither (answer 406).
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || accept.All(string.IsNullOrWhiteSpace)) return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges)) return null;
        // Stable sort: by quality, then in the order the client listed them.
        foreach (var range in ranges.Select((r, i) => (r, i)).OrderByDescending(x => x.r.Quality ?? 1).ThenBy(x => x.i).Select(x => x.r))
        {
            if (range.Quality is 0) continue;
            if (range.Charset.HasValue && !range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) continue;
            var type = range.MediaType.Value ?? "";
            if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)) return GraphQLResponseJson;
            if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
                return Json;
        }
        return null;
    }
}
