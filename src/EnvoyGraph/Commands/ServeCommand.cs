using System.CommandLine;
using EnvoyGraph.Api;
using EnvoyGraph.Cli.Input;
using EnvoyGraph.Cli.Loading;
using EnvoyGraph.Cli.Output;
using EnvoyGraph.Extraction;
using EnvoyGraph.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EnvoyGraph.Cli.Commands;

/// <summary>What <c>envoygraph serve</c> is asked to do.</summary>
/// <param name="Store">The <c>--store</c> URI; null means the environment or the default.</param>
/// <param name="Urls">Addresses to listen on, separated by <c>;</c>.</param>
/// <param name="Load">Paths to load before serving; when empty and the store is empty, the sample articles are loaded.</param>
/// <param name="ApiKey">Key that mutations require; null falls back to ENVOYGRAPH_API_KEY, and without one mutations are refused.</param>
public sealed record ServeSettings(
    string? Store = null,
    string Urls = ServeCommand.DefaultUrls,
    IReadOnlyList<string>? Load = null,
    string? ApiKey = null,
    int BatchSize = ArticleLoader.DefaultBatchSize,
    long MaxFileSize = ArticleReader.DefaultMaxBytes,
    string? Lexicon = null);

/// <summary><c>envoygraph serve</c>: the GraphQL service, the playground and the dashboard over one store.</summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://localhost:5080";

    public static Command Create(CliConsole console)
    {
        var store = CommonOptions.Store();
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ;",
            HelpName = "URL",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var load = new Option<string[]>("--load")
        {
            Description = "Articles to load before serving (files, directories); without it an empty store gets the sample articles",
            HelpName = "PATH",
            AllowMultipleArgumentsPerToken = true,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "Key that the ingestArticle mutation requires in the X-Api-Key header [default: $ENVOYGRAPH_API_KEY; without a key mutations are refused]",
            HelpName = "KEY",
        };
        var batchSize = CommonOptions.BatchSize();
        var maxFileSize = CommonOptions.MaxFileSize();
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("serve", "Serve GraphQL at /graphql, the playground at / and the dashboard, over the graph store")
        {
            store, urls, load, apiKey, batchSize, maxFileSize, lexicon,
        };
        command.SetAction((parse, ct) => RunAsync(
            new ServeSettings(parse.GetValue(store), parse.GetValue(urls)!, parse.GetValue(load) ?? [], parse.GetValue(apiKey),
                parse.GetValue(batchSize), parse.GetValue(maxFileSize).Bytes, parse.GetValue(lexicon)),
            console, ct));
        return command;
    }

    /// <summary>Serves until <paramref name="ct"/> is cancelled (Ctrl+C). Returns the exit code.</summary>
    public static async Task<int> RunAsync(ServeSettings settings, CliConsole console, CancellationToken ct = default)
    {
        var extractor = LexiconDirectory.CreateExtractor(settings.Lexicon, console);
        if (extractor is null) return ExitCodes.Failed;
        var uri = StoreLocation.Resolve(settings.Store);
        await using var store = await StoreLocation.OpenAsync(uri, console, ct);
        if (store is null) return ExitCodes.Failed;

        var apiKey = string.IsNullOrEmpty(settings.ApiKey) ? Environment.GetEnvironmentVariable("ENVOYGRAPH_API_KEY") : settings.ApiKey;
        await using var app = Build(store, settings.Urls, new ApiOptions { ApiKey = string.IsNullOrEmpty(apiKey) ? null : apiKey, Extractor = extractor });

        // Listen before loading: a port in use should fail in a second, not after a long load.
        try
        {
            await app.StartAsync(ct);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or ArgumentException)
        {
            console.Problem("--urls", ListenProblem(settings.Urls, e));
            return ExitCodes.Failed;
        }

        try
        {
            var loaded = await LoadOnStartAsync(store, extractor, settings, console, ct);
            if (loaded?.Interrupted == true) return ExitCodes.Interrupted;

            var address = app.Urls.FirstOrDefault() ?? settings.Urls;
            var mutations = apiKey is null ? "mutations refused: no --api-key" : "mutations need the X-Api-Key header";
            console.Out.WriteLine($"serving {store.Description} at {address.TrimEnd('/')}/ (GraphQL at /graphql; {mutations}); Ctrl+C stops");
            console.Out.Flush();
            await UntilStoppedAsync(app, ct);
            return ExitCodes.Ok;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private static async Task UntilStoppedAsync(WebApplication app, CancellationToken ct)
    {
        // Either Ctrl+C through the command line's token or the host's own stop (SIGTERM) ends the wait.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static WebApplication Build(IGraphStore store, string urls, ApiOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            // Our pages and assets are embedded; the content root only has to exist, wherever the user stands.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // The start-up line is ours; the framework speaks only for warnings and errors, on stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.AddEnvoyGraph(store, options);
        var app = builder.Build();
        app.MapEnvoyGraph();
        return app;
    }

    private static async Task<LoadSummary?> LoadOnStartAsync(
        IGraphStore store, ArticleExtractor extractor, ServeSettings settings, CliConsole console, CancellationToken ct)
    {
        IReadOnlyList<string> paths;
        if (settings.Load is { Count: > 0 } asked)
            paths = asked;
        else if (await store.CountArticlesAsync(new Graph.Model.ArticleQuery(), ct) > 0)
            return null;
        else if (SampleArticles.Find() is { } samples)
        {
            console.Out.WriteLine($"the store is empty: loading the sample articles from {samples}");
            paths = [samples];
        }
        else
        {
            console.Out.WriteLine($"the store is empty and no {SampleArticles.RelativeDirectory} folder was found: serving an empty graph");
            return null;
        }
        var summary = await LoadCommand.LoadAsync(store, extractor, paths, settings.BatchSize, settings.MaxFileSize, console, ct);
        LoadSummaryText.Write(console.Out, summary, store.Description, await StoreCounts.TryCountAsync(store, CancellationToken.None));
        return summary;
    }

    private static string ListenProblem(string urls, Exception e) =>
        e is AddressInUseException || e.InnerException is AddressInUseException
            ? $"{urls} is already in use; stop the other server or pick another address, e.g. --urls http://localhost:5081"
            : $"cannot listen on '{urls}': {e.Message}";
}
