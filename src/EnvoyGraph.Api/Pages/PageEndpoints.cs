using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace EnvoyGraph.Api.Pages;

/// <summary>The playground at / and the dashboard at /dashboard, served with no CDN.</summary>
public static class PageEndpoints
{
    // Skeleton placeholder: the pages issue fills this in.
    public static IEndpointRouteBuilder MapEnvoyGraphPages(this IEndpointRouteBuilder app) => app;
}
