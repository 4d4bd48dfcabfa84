using EnvoyGraph.Api.Pages;
using EnvoyGraph.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace EnvoyGraph.Web.Tests.Browser;

/// <summary>The GraphiQL playground in headless Chromium, against the real app over the seeded SQLite store.</summary>
public class PlaygroundBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static async Task<string> RunAndReadAnswerAsync(IPage page)
    {
        // CodeMirror 5 editors are ready once the query editor has rendered its lines.
        await page.Locator(".graphiql-query-editor .CodeMirror-line").First.WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var response = page.Locator(".graphiql-response .CodeMirror-code");
        await Assertions.Expect(response).ToContainTextAsync("\"data\"", new() { Timeout = 20_000 });
        return await page.EvaluateAsync<string>("() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()");
    }

    [SkippableFact]
    public async Task Playground_runs_a_query_and_shows_the_answer()
    {
        Chromium.SkipUnlessInstalled();
        await using var seeded = await SeededStore.CreateAsync();
        await using var app = await LoopbackApp.StartAsync(seeded.Store);
        var (page, outside, errors) = await chromium.NewPageAsync(app.Address);

        await page.GotoAsync(app.Address.ToString());
        await page.Locator(".graphiql-query-editor .CodeMirror-line").First.WaitForAsync(new() { Timeout = 20_000 });
        await page.EvaluateAsync("q => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(q)",
            "{ person(name: \"Lee Do-hoon\") { meetings { date participants { name } } } }");
        var answer = await RunAndReadAnswerAsync(page);
        await Chromium.ScreenshotAsync(page, "playground-answer");

        Assert.Contains("\"2017-10-18\"", answer);
        Assert.Contains("Kenji Kanasugi", answer);
        Assert.Contains("Stephen Biegun", answer);
        Assert.DoesNotContain("\"errors\"", answer);
        Assert.Empty(outside);
    }

    [SkippableFact]
    public async Task Every_example_query_opens_as_a_tab_and_runs_without_errors()
    {
        Chromium.SkipUnlessInstalled();
        Skip.If(ExampleQueries.All.Count == 0, "no samples/queries/*.graphql were embedded at build time");
        await using var seeded = await SeededStore.CreateAsync();
        await using var app = await LoopbackApp.StartAsync(seeded.Store);
        var (page, outside, _) = await chromium.NewPageAsync(app.Address);

        foreach (var example in ExampleQueries.All)
        {
            await page.GotoAsync(new Uri(app.Address, "?example=" + Uri.EscapeDataString(example.Name)).ToString());
            Assert.Equal(ExampleQueries.All.Count, await page.Locator(".graphiql-tab").CountAsync());
            var answer = await RunAndReadAnswerAsync(page);
            await Chromium.ScreenshotAsync(page, "playground-example-" + example.Name);

            Assert.DoesNotContain("\"errors\"", answer);
        }
        Assert.Empty(outside);
    }
}
