using System.Text.Encodings.Web;
using EnvoyGraph.Api.Errors;
using EnvoyGraph.Api.Exports;
using EnvoyGraph.Api.Http;
using EnvoyGraph.Api.Pages;
using EnvoyGraph.Api.Schema;
using EnvoyGraph.Graph;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EnvoyGraph.Api;

/// <summary>The wiring of the web service, shared by <c>envoygraph serve</c> and the in-process HTTP tests.</summary>
public static class EnvoyGraphWebApp
{
    public static IServiceCollection AddEnvoyGraph(this IServiceCollection services, IGraphStore store, ApiOptions options)
    {
        services.AddSingleton(store);
        services.AddSingleton<IGraphReader>(store);
        services.AddSingleton(options);
        services.AddGraphQL(graphql => graphql
            .AddSchema<EnvoyGraphSchema>()
            .AddGraphTypes(typeof(EnvoyGraphSchema).Assembly)
            // Relaxed escaping keeps ' and non-ASCII names readable in answers and messages.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<EnvoyGraphErrorInfoProvider>()
            .AddValidationRule<MutationRequiresApiKeyRule>()
            .AddComplexityAnalyzer(limits =>
            {
                limits.MaxDepth = options.MaxDepth;
                limits.MaxComplexity = options.MaxComplexity;
            })
            .AddUnhandledExceptionHandler((context, _) =>
            {
                // The client gets "Internal server error."; the operator gets the exception.
                var logger = context.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("EnvoyGraph.Api.GraphQL");
                logger?.LogError(context.OriginalException, "GraphQL field {Field} failed", context.FieldContext?.FieldDefinition.Name ?? "(request)");
            }));
        return services;
    }

    public static WebApplication MapEnvoyGraph(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGraphQLEndpoint();
        app.MapEnvoyGraphPages();
        app.MapEnvoyGraphExports();
        return app;
    }
}
