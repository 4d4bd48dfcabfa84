using System.Text.Encodings.Web;
using System.Text.Json;
using EnvoyGraph.Api.Errors;
using EnvoyGraph.Api.Schema;
using EnvoyGraph.Graph;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EnvoyGraph.Api.Http;

/// <summary>
/// <c>/graphql</c>, GraphQL over HTTP: POST with a JSON body, GET with URL parameters (queries only).
/// Status codes follow the GraphQL-over-HTTP spec: with <c>application/graphql-response+json</c> a
/// document that fails to parse or validate gets 400 (401 when it is refused for want of an API key);
/// with <c>application/json</c> every well-formed request gets 200 and the errors say what happened.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        app.Map(Path, HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var options = services.GetRequiredService<ApiOptions>();
        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept);
        try
        {
            if (mediaType is null)
                throw new RequestError(406, "NOT_ACCEPTABLE",
                    $"cannot answer in '{http.Request.Headers.Accept}': accept {ResponseMediaType.GraphQLResponseJson} or {ResponseMediaType.Json}");
            var isGet = HttpMethods.IsGet(http.Request.Method);
            if (!isGet && !HttpMethods.IsPost(http.Request.Method))
            {
                http.Response.Headers.Allow = "GET, POST";
                throw new RequestError(405, "METHOD_NOT_ALLOWED", $"{http.Request.Method} is not supported: use POST (or GET for queries)");
            }
            var request = isGet
                ? GraphQLHttpRequest.FromGet(http.Request, serializer)
                : await GraphQLHttpRequest.FromPostAsync(http.Request, options.MaxRequestBytes, serializer);
            await ExecuteAsync(http, request, isGet, mediaType, options);
        }
        catch (RequestError error)
        {
            await WriteRequestErrorAsync(http, error, mediaType ?? ResponseMediaType.Json);
        }
    }

    private static async Task ExecuteAsync(HttpContext http, GraphQLHttpRequest request, bool isGet, string mediaType, ApiOptions options)
    {
        var services = http.RequestServices;
        var document = TryParse(services, request.Query);
        if (isGet && document is not null && SelectedOperation(document, request.OperationName) is { Operation: not OperationType.Query })
        {
            http.Response.Headers.Allow = "POST";
            throw new RequestError(405, "METHOD_NOT_ALLOWED", "mutations are not accepted by GET: send them by POST");
        }

        var store = services.GetRequiredService<IGraphStore>();
        var executer = services.GetRequiredService<IDocumentExecuter<EnvoyGraphSchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = new EnvoyGraphContext(store, ApiKey.IsPresented(http.Request, options.ApiKey), options.Extractor),
            RequestServices = services,
            CancellationToken = http.RequestAborted,
            Timeout = options.Timeout,
        });

        http.Response.StatusCode = StatusOf(result, mediaType);
        if (http.Response.StatusCode == 401) http.Response.Headers.WWWAuthenticate = "Bearer";
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await services.GetRequiredService<IGraphQLSerializer>().WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>The parsed document, or null when it does not parse (the executer then reports the syntax error).</summary>
    private static GraphQLDocument? TryParse(IServiceProvider services, string query)
    {
        try { return services.GetRequiredService<IDocumentBuilder>().Build(query); }
        catch (ExecutionError) { return null; }
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (result.Executed || mediaType != ResponseMediaType.GraphQLResponseJson) return 200;
        return result.Errors is { Count: > 0 } errors && errors.All(e => e.Code == ErrorCodes.Unauthenticated) ? 401 : 400;
    }

    private static async Task WriteRequestErrorAsync(HttpContext http, RequestError error, string mediaType)
    {
        http.Response.StatusCode = error.Status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.Body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("errors");
        json.WriteStartObject();
        json.WriteString("message", error.Message);
        json.WriteStartObject("extensions");
        json.WriteString("code", error.Code);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
