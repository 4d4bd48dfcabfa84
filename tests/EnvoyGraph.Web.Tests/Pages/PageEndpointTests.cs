using System.Net;
using System.Text.RegularExpressions;
using EnvoyGraph.Api.Pages;
using EnvoyGraph.Web.Tests.Hosting;

namespace EnvoyGraph.Web.Tests.Pages;

public class PageEndpointTests : IAsyncLifetime
{
    private LoopbackApp app = null!;

    public async Task InitializeAsync() =>
        app = await LoopbackApp.StartAsync(_ => { }, a => a.MapEnvoyGraphPages());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/dashboard")]
    public async Task Pages_are_html_and_load_only_scripts_and_styles_of_the_service(string path)
    {
        var response = await app.Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var sources = Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        // Our own paths, or inline data (the empty favicon that saves a request).
        Assert.All(sources, s => Assert.True(s.StartsWith('/') || s.StartsWith("data:"), $"{s} is neither a path of the service nor inline"));
        foreach (var asset in sources.Where(s => s.StartsWith("/vendor/") || s.StartsWith("/assets/")))
        {
            var file = await app.Http.GetAsync(asset);
            Assert.True(file.IsSuccessStatusCode, $"{asset} answered {(int)file.StatusCode}");
            Assert.True(file.Content.Headers.ContentLength > 100, $"{asset} is nearly empty");
        }
    }

    [Theory]
    [InlineData("/vendor/graphiql.min.js", "text/javascript; charset=utf-8")]
    [InlineData("/vendor/graphiql.min.css", "text/css; charset=utf-8")]
    [InlineData("/vendor/react.production.min.js", "text/javascript; charset=utf-8")]
    [InlineData("/vendor/react-dom.production.min.js", "text/javascript; charset=utf-8")]
    [InlineData("/vendor/chart.umd.min.js", "text/javascript; charset=utf-8")]
    [InlineData("/vendor/cytoscape.min.js", "text/javascript; charset=utf-8")]
    public async Task Npm_bundles_are_served_by_the_service(string path, string contentType)
    {
        var response = await app.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task An_unchanged_bundle_answers_304_to_its_etag()
    {
        var first = await app.Http.GetAsync("/vendor/chart.umd.min.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/vendor/chart.umd.min.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await app.Http.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("/vendor/nothing.js")]
    [InlineData("/assets/playground.html")]
    [InlineData("/assets/..%2Fvendor%2Freact.production.min.js")]
    public async Task Unknown_or_template_files_are_not_found(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync(path)).StatusCode);

    [Fact]
    public async Task Playground_posts_to_the_graphql_endpoint_of_the_service()
    {
        var html = await app.Http.GetStringAsync("/");

        Assert.Contains("const endpoint = \"/graphql\";", html);
        Assert.Contains("/vendor/graphiql.min.js", html);
    }

    [Fact]
    public void Example_values_cannot_close_the_script_element()
    {
        var html = PlaygroundPage.Render("", [new ExampleQuery("x", "</script><script>alert(1)</script>", "{ a }", null)]);

        Assert.DoesNotContain("</script><script>alert(1)", html);
        Assert.Contains("\\u003C/script\\u003E", html);
    }
}
