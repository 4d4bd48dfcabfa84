using EnvoyGraph.Api.Pages;
using EnvoyGraph.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace EnvoyGraph.Web.Tests.Browser;

public class PlaygroundBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task Playground_renders_graphiql_offline()
    {
        Chromium.SkipUnlessInstalled();
        await using var app = await LoopbackApp.StartAsync(_ => { }, a => a.MapEnvoyGraphPages());
        var (page, outside, errors) = await chromium.NewPageAsync(app.Address);

        await page.GotoAsync(app.Address.ToString());
        await page.Locator(".graphiql-container").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        await page.Locator(".graphiql-query-editor .CodeMirror").First.WaitForAsync();
        await Chromium.ScreenshotAsync(page, "playground-empty");

        Assert.Empty(outside);
    }
}
