using Microsoft.AspNetCore.Routing;

namespace EnvoyGraph.Api.Exports;

/// <summary>GET /export/meetings.csv, /export/graph.graphml, /export/graph.gexf (read port only).</summary>
public static class ExportEndpoints
{
    // Skeleton placeholder: the exports issue fills this in.
    public static IEndpointRouteBuilder MapEnvoyGraphExports(this IEndpointRouteBuilder app) => app;
}
