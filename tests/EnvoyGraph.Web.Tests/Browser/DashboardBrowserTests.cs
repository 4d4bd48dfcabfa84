using EnvoyGraph.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace EnvoyGraph.Web.Tests.Browser;

/// <summary>The dashboard in headless Chromium, against the real app over the seeded SQLite store.</summary>
public class DashboardBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private SeededStore seeded = null!;
    private LoopbackApp app = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath)) return;
        seeded = await SeededStore.CreateAsync();
        app = await LoopbackApp.StartAsync(seeded.Store);
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        if (seeded is not null) await seeded.DisposeAsync();
    }

    private async Task<(IPage Page, List<string> Outside, List<string> Errors)> OpenAsync(string query = "")
    {
        var opened = await chromium.NewPageAsync(app.Address);
        await opened.Page.GotoAsync(new Uri(app.Address, "dashboard" + query).ToString());
        await Assertions.Expect(opened.Page.Locator("#status")).Not.ToHaveTextAsync("Loading…", new() { Timeout = 20_000 });
        return opened;
    }

    private static Task<int> NodeCountAsync(IPage page) =>
        page.EvaluateAsync<int>("() => window.envoyGraphDashboard ? window.envoyGraphDashboard.network.nodes().length : 0");

    [SkippableFact]
    public async Task Dashboard_draws_the_chart_the_pairs_and_the_network_of_the_seeds()
    {
        Chromium.SkipUnlessInstalled();
        var (page, outside, errors) = await OpenAsync();
        await Chromium.ScreenshotAsync(page, "dashboard");

        Assert.Equal("Showing all meetings.", await page.Locator("#status").TextContentAsync());
        var bars = await page.EvaluateAsync<int[]>("() => window.envoyGraphDashboard.chart.data.datasets[0].data");
        Assert.Equal(4, bars.Sum());
        var months = await page.EvaluateAsync<string[]>("() => window.envoyGraphDashboard.chart.data.labels");
        Assert.Equal(("2017-10", "2020-04", 31), (months[0], months[^1], months.Length));
        Assert.Equal([2, 0, 2], new[] { bars[0], bars[1], bars[^1] });
        var pairs = await page.Locator("#pairs tbody tr").AllInnerTextsAsync();
        Assert.Contains(pairs, r => r.Contains("Japan") && r.Contains("South Korea") && r.TrimEnd().EndsWith('3'));
        Assert.Equal(5, await NodeCountAsync(page));
        Assert.True(await page.Locator("#network canvas").CountAsync() > 0, "the network is drawn on a canvas");
        Assert.Empty(outside);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Clicking_a_person_lists_their_meetings_with_evidence_and_article_link()
    {
        Chromium.SkipUnlessInstalled();
        var (page, _, _) = await OpenAsync();

        // Tap the node the way a user would: at its rendered position on the canvas.
        var position = await page.EvaluateAsync<double[]>(@"() => {
            const cy = window.envoyGraphDashboard.network;
            const node = cy.nodes().filter(n => n.data('label') === 'Kenji Kanasugi')[0];
            const box = cy.container().getBoundingClientRect();
            const p = node.renderedPosition();
            return [box.left + p.x, box.top + p.y];
        }");
        await page.Mouse.ClickAsync((float)position[0], (float)position[1]);
        var items = page.Locator("#person-meetings li");
        await Assertions.Expect(items).ToHaveCountAsync(2, new() { Timeout = 10_000 });
        await Chromium.ScreenshotAsync(page, "dashboard-person");

        Assert.StartsWith("Meetings of Kenji Kanasugi", await page.Locator("#person-title").TextContentAsync());
        var text = string.Join("\n", await items.AllInnerTextsAsync());
        Assert.Contains("three-way discussion", text);
        Assert.Contains("had the talks with his Japanese counterpart Kenji Kanasugi", text);
        Assert.Equal("https://example.org/envoys/001", await items.First.Locator("a").First.GetAttributeAsync("href"));
    }

    [SkippableFact]
    public async Task Filters_come_from_the_url_and_narrow_every_view()
    {
        Chromium.SkipUnlessInstalled();
        var (page, _, _) = await OpenAsync("?from=2020-01&person=Lee%20Do-hoon");
        await Chromium.ScreenshotAsync(page, "dashboard-filtered");

        Assert.Equal("2020-01", await page.Locator("input[name=from]").InputValueAsync());
        Assert.Equal("Showing meetings of Lee Do-hoon from 2020-01.", await page.Locator("#status").TextContentAsync());
        Assert.Equal(3, await NodeCountAsync(page));
        Assert.Equal(["2020-04"], await page.EvaluateAsync<string[]>("() => window.envoyGraphDashboard.chart.data.labels"));
        Assert.EndsWith("/export/meetings.csv?from=2020-01&person=Lee+Do-hoon", await page.Locator("#export-csv").GetAttributeAsync("href"));
    }

    [SkippableFact]
    public async Task Applying_filters_puts_them_in_the_url()
    {
        Chromium.SkipUnlessInstalled();
        var (page, _, _) = await OpenAsync();

        await page.Locator("input[name=to]").FillAsync("2017-12");
        await page.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Showing meetings up to 2017-12.");

        Assert.EndsWith("/dashboard?to=2017-12", page.Url);
        Assert.Equal(3, await NodeCountAsync(page));
    }

    [SkippableFact]
    public async Task Empty_and_error_states_are_said_plainly()
    {
        Chromium.SkipUnlessInstalled();
        var (page, _, _) = await OpenAsync("?from=1990-01&to=1990-12");
        Assert.Equal("No meetings from 1990-01 to 1990-12.", await page.Locator("#status").TextContentAsync());
        Assert.True(await page.Locator("#per-month-empty").IsVisibleAsync());
        Assert.True(await page.Locator("#network-empty").IsVisibleAsync());

        var (bad, _, _) = await OpenAsync("?from=soon");
        Assert.Contains("error", await bad.Locator("#status").GetAttributeAsync("class") ?? "");
        Assert.Contains("soon", await bad.Locator("#status").TextContentAsync());
        await Chromium.ScreenshotAsync(bad, "dashboard-error");
    }
}
