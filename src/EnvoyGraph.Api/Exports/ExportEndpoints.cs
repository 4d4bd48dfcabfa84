using EnvoyGraph.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace EnvoyGraph.Api.Exports;

/// <summary>
/// GET /export/meetings.csv, /export/graph.graphml, /export/graph.gexf with the API's filters
/// (<c>from to country person mode status</c>). Read port only; the body streams page by page.
/// A bad filter gets 400 with a one-line text message before anything is written.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapEnvoyGraphExports(this IEndpointRouteBuilder app)
    {
        foreach (var format in Enum.GetValues<ExportFormat>())
            app.MapGet("/export/" + format.FileName(), (HttpContext context) => ExportAsync(context, format));
        return app;
    }

    private static async Task ExportAsync(HttpContext context, ExportFormat format)
    {
        var reader = context.RequestServices.GetRequiredService<IGraphReader>();
        var ct = context.RequestAborted;
        Graph.Model.MeetingQuery query;
        try
        {
            query = await ReadFilter(context.Request.Query).ResolveAsync(reader, ct);
        }
        catch (ExportFilterException e)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(e.Message + "\n", ct);
            return;
        }

        context.Response.ContentType = format.ContentType();
        context.Response.Headers[HeaderNames.ContentDisposition] =
            new ContentDispositionHeaderValue("attachment") { FileName = format.FileName() }.ToString();
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        try
        {
            await GraphExport.WriteAsync(format, context.Response.Body, MeetingFeed.From(reader, query), ct);
        }
        catch (Exception e) when (context.Response.HasStarted && e is not OperationCanceledException)
        {
            // The status line is gone; cutting the connection keeps a client from taking half a file for a whole one.
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExportEndpoints))
                .LogError(e, "export {File} failed after the response started", format.FileName());
            context.Abort();
        }
    }

    private static ExportFilter ReadFilter(IQueryCollection query)
    {
        foreach (var (name, values) in query)
        {
            if (!ExportFilter.Names.Contains(name, StringComparer.Ordinal))
                throw new ExportFilterException(ExportFilter.Shown(name), $"is not a filter: use {string.Join(", ", ExportFilter.Names)}");
            if (values.Count > 1)
                throw new ExportFilterException(name, $"is given {values.Count} times: give it once");
        }
        string? Get(string name) => query.TryGetValue(name, out var v) ? v.ToString() : null;
        return new ExportFilter(Get("from"), Get("to"), Get("country"), Get("person"), Get("mode"), Get("status"));
    }
}
