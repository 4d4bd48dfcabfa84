using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace EnvoyGraph.Api.Pages;

/// <summary>The playground at /, the dashboard at /dashboard and their files, all served by the service (no CDN).</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapEnvoyGraphPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpRequest request) =>
            Html(PlaygroundPage.Render(request.PathBase, ExampleQueries.All)));
        app.MapGet("/dashboard", (HttpRequest request) =>
            Html(DashboardPage.Render(request.PathBase)));
        app.MapGet("/vendor/{file}", (string file, HttpContext context) => Serve("vendor/" + file, context));
        app.MapGet("/assets/{file}", (string file, HttpContext context) => Serve("pages/" + file, context));
        return app;
    }

    private static IResult Html(string html) =>
        Results.Text(html, "text/html; charset=utf-8");

    private static IResult Serve(string name, HttpContext context)
    {
        // Only the page assets and the copied bundles; the templates are rendered, never served raw.
        if (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || EmbeddedAssets.Find(name) is not { } asset)
            return Results.NotFound();
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue(asset.ETag);
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromHours(1) };
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }
}
