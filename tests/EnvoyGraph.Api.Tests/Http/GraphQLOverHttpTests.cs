using System.Net;
using EnvoyGraph.Api.Tests.Support;

namespace EnvoyGraph.Api.Tests.Http;

/// <summary>
/// The transport rules of the GraphQL-over-HTTP spec (issue 5): media types, status codes, methods.
/// These requests never reach the store: it fails any read.
/// </summary>
public sealed class GraphQLOverHttpTests : IAsyncLifetime
{
    private const string Json = "application/json; charset=utf-8";
    private const string GraphQLJson = "application/graphql-response+json; charset=utf-8";
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync(CountingStore.Wrap(null).Store);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLJson)]
    [InlineData("*/*", Json)]
    [InlineData(null, Json)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("text/html;q=0.9, application/graphql-response+json;q=0.8", GraphQLJson)]
    public async Task Post_answers_in_the_media_type_the_client_accepts(string? accept, string expected)
    {
        var response = await _host.SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ __typename }"}""", "application/json", accept);
        await Expect.Response(response, HttpStatusCode.OK, expected, """{"data":{"__typename":"Query"}}""");
    }

    [Fact]
    public async Task Unsupported_accept_is_answered_406()
    {
        var response = await _host.SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ __typename }"}""", "application/json", "text/html");
        await Expect.Response(response, HttpStatusCode.NotAcceptable, Json,
            """{"errors":[{"message":"cannot answer in 'text/html': accept application/graphql-response+json or application/json","extensions":{"code":"NOT_ACCEPTABLE"}}]}""");
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables_from_the_url()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query Q($id: ID!) { meeting(id: $id) { id } __typename }")
                  + "&variables=" + Uri.EscapeDataString("""{"id":"m1"}""") + "&operationName=Q";
        var (store, counter) = CountingStore.Wrap(null);
        await using var host = await ApiHost.StartAsync(store);
        var response = await host.SendAsync(HttpMethod.Get, url, null, null, "application/graphql-response+json");
        // The meeting lookup reaches the store, which fails on purpose: the field errs, the rest answers.
        await Expect.Response(response, HttpStatusCode.OK, GraphQLJson,
            """{"errors":[{"message":"Internal server error.","locations":[{"line":1,"column":21}],"path":["meeting"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"meeting":null,"__typename":"Query"}}""");
        Assert.Equal(1, counter.Calls["GetMeetingsAsync"]);
    }

    [Fact]
    public async Task Syntax_error_is_400_with_graphql_response_json()
    {
        var response = await _host.PostAsync("{ __typename ", accept: "application/graphql-response+json");
        await Expect.Response(response, HttpStatusCode.BadRequest, GraphQLJson,
            """{"errors":[{"message":"Error parsing query: Expected Name, found EOF; for more information see http://spec.graphql.org/October2021/#Field","locations":[{"line":1,"column":14}],"extensions":{"code":"SYNTAX_ERROR"}}]}""");
    }

    [Fact]
    public async Task Syntax_error_is_200_with_application_json()
    {
        var response = await _host.PostAsync("{ __typename ");
        await Expect.Response(response, HttpStatusCode.OK, Json,
            """{"errors":[{"message":"Error parsing query: Expected Name, found EOF; for more information see http://spec.graphql.org/October2021/#Field","locations":[{"line":1,"column":14}],"extensions":{"code":"SYNTAX_ERROR"}}]}""");
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest, GraphQLJson)]
    [InlineData("application/json", HttpStatusCode.OK, Json)]
    public async Task Validation_error_status_depends_on_the_media_type(string accept, HttpStatusCode status, string contentType)
    {
        var response = await _host.PostAsync("{ nope }", accept: accept);
        await Expect.Response(response, status, contentType,
            """{"errors":[{"message":"Cannot query field 'nope' on type 'Query'.","locations":[{"line":1,"column":3}],"extensions":{"code":"FIELDS_ON_CORRECT_TYPE"}}]}""");
    }

    [Theory]
    [InlineData("""{"query":""", "the request body is not valid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed. LineNumber: 0 | BytePositionInLine: 9.")]
    [InlineData("""[{"query":"{ __typename }"}]""", "the request body must be a JSON object {\\\"query\\\": ..., \\\"variables\\\": ..., \\\"operationName\\\": ...}")]
    [InlineData("""{"query":{"a":1}}""", "`query` must be a string, not an object")]
    [InlineData("""{"variables":{}}""", "`query` is missing: send {\\\"query\\\": \\\"{ ... }\\\"}")]
    [InlineData("""{"query":"{ __typename }","variables":"{}"}""", "`variables` must be a JSON object or null, not a string")]
    [InlineData("""{"query":"{ __typename }","operationName":7}""", "`operationName` must be a string or null, not a number")]
    [InlineData("""{"query":"{ __typename }","extensions":[]}""", "`extensions` must be a JSON object or null, not an array")]
    public async Task Malformed_body_is_400_with_a_json_error(string body, string message)
    {
        foreach (var (accept, contentType) in new[] { ("application/json", Json), ("application/graphql-response+json", GraphQLJson) })
        {
            var response = await _host.SendAsync(HttpMethod.Post, "/graphql", body, "application/json", accept);
            await Expect.Response(response, HttpStatusCode.BadRequest, contentType,
                $$$"""{"errors":[{"message":"{{{message}}}","extensions":{"code":"BAD_REQUEST"}}]}""");
        }
    }

    [Fact]
    public async Task Mutation_sent_by_get_is_405_allowing_post()
    {
        var response = await _host.SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { ingestArticle(text: \"x\") { new } }"), null, null, null);
        await Expect.Response(response, HttpStatusCode.MethodNotAllowed, Json,
            """{"errors":[{"message":"mutations are not accepted by GET: send them by POST","extensions":{"code":"METHOD_NOT_ALLOWED"}}]}""");
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Other_methods_are_405_allowing_get_and_post()
    {
        var response = await _host.SendAsync(HttpMethod.Put, "/graphql", """{"query":"{ __typename }"}""", "application/json", null);
        await Expect.Response(response, HttpStatusCode.MethodNotAllowed, Json,
            """{"errors":[{"message":"PUT is not supported: use POST (or GET for queries)","extensions":{"code":"METHOD_NOT_ALLOWED"}}]}""");
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task Post_with_another_content_type_is_415(string? contentType)
    {
        var response = await _host.SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ __typename }"}""", contentType, null);
        await Expect.Response(response, HttpStatusCode.UnsupportedMediaType, Json,
            $$$"""{"errors":[{"message":"POST /graphql takes Content-Type application/json (UTF-8), not '{{{contentType ?? "(none)"}}}'","extensions":{"code":"UNSUPPORTED_MEDIA_TYPE"}}]}""");
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        await using var host = await ApiHost.StartAsync(CountingStore.Wrap(null).Store, new ApiOptions { MaxRequestBytes = 100 });
        var response = await host.PostAsync("{ __typename " + new string(' ', 200) + "}");
        await Expect.Response(response, HttpStatusCode.RequestEntityTooLarge, Json,
            """{"errors":[{"message":"the request body is larger than 100 bytes, the most this service accepts","extensions":{"code":"PAYLOAD_TOO_LARGE"}}]}""");
    }

    [Fact]
    public async Task Get_without_query_is_400()
    {
        var response = await _host.SendAsync(HttpMethod.Get, "/graphql", null, null, null);
        await Expect.Response(response, HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"the `query` parameter is missing: GET /graphql?query={...}","extensions":{"code":"BAD_REQUEST"}}]}""");
    }

    [Fact]
    public async Task Healthz_answers_ok()
    {
        var response = await _host.SendAsync(HttpMethod.Get, "/healthz", null, null, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }
}
