using EnvoyGraph.Api.Exports;
using EnvoyGraph.Api.Pages;
using EnvoyGraph.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EnvoyGraph.Api;

/// <summary>Operator settings of the HTTP service.</summary>
public sealed record ApiOptions
{
    /// <summary>API key that mutations require in the <c>X-Api-Key</c> header; null refuses all mutations.</summary>
    public string? ApiKey { get; init; }
}

/// <summary>The wiring of the web service, shared by <c>envoygraph serve</c> and the in-process HTTP tests.</summary>
public static class EnvoyGraphWebApp
{
    public static IServiceCollection AddEnvoyGraph(this IServiceCollection services, IGraphStore store, ApiOptions options)
    {
        services.AddSingleton(store);
        services.AddSingleton<IGraphReader>(store);
        services.AddSingleton(options);
        return services;
    }

    public static WebApplication MapEnvoyGraph(this WebApplication app)
    {
        // Skeleton placeholder: the GraphQL endpoint is mapped here.
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapEnvoyGraphPages();
        app.MapEnvoyGraphExports();
        return app;
    }
}
