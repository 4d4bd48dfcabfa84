using Microsoft.Playwright;

namespace EnvoyGraph.Web.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright (no <c>playwright install</c>: the driver ships in the
/// package). Tests call <see cref="SkipUnlessInstalled"/> so a machine without it reports them skipped, with why.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Where Debian's package puts the browser; CHROMIUM_PATH overrides it.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    private IPlaywright? playwright;
    private string? profile;

    public IBrowser? Browser { get; private set; }

    public static void SkipUnlessInstalled() =>
        Skip.IfNot(File.Exists(ExecutablePath), $"no Chromium at {ExecutablePath}: apt-get install chromium (or set CHROMIUM_PATH)");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath)) return;
        playwright = await Playwright.CreateAsync();
        profile = Directory.CreateTempSubdirectory("envoygraph-chromium-").FullName;
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A fresh page (own context, so no storage is shared) that fails the test on any request that leaves the loopback address.</summary>
    public async Task<(IPage Page, List<string> Outside, List<string> Errors)> NewPageAsync(Uri app)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var outside = new List<string>();
        var errors = new List<string>();
        page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "http" or "https" or "ws" or "wss" && uri.Authority != app.Authority) outside.Add(request.Url);
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        return (page, outside, errors);
    }

    /// <summary>Saves a screenshot under the test output folder (screenshots/NAME.png) and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (profile is not null) try { Directory.Delete(profile, true); } catch (IOException) { }
    }
}
