using System.CommandLine;
using EnvoyGraph.Cli.Input;
using EnvoyGraph.Cli.Loading;
using EnvoyGraph.Cli.Output;
using EnvoyGraph.Extraction;

namespace EnvoyGraph.Cli.Commands;

/// <summary>What <c>envoygraph load</c> is asked to do.</summary>
/// <param name="Paths">Files, directories or <c>-</c>.</param>
/// <param name="Store">The <c>--store</c> URI; null means the environment or the default.</param>
/// <param name="BatchSize">Articles per transaction.</param>
/// <param name="MaxFileSize">Files bigger than this many bytes are refused.</param>
/// <param name="Lexicon">A directory of lexicon files added to the built-in ones.</param>
public sealed record LoadSettings(
    IReadOnlyList<string> Paths,
    string? Store = null,
    int BatchSize = ArticleLoader.DefaultBatchSize,
    long MaxFileSize = ArticleReader.DefaultMaxBytes,
    string? Lexicon = null);

/// <summary><c>envoygraph load PATH...</c>: extracts articles and adds them to the graph store.</summary>
public static class LoadCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths(ArgumentArity.OneOrMore);
        var store = CommonOptions.Store();
        var batchSize = CommonOptions.BatchSize();
        var maxFileSize = CommonOptions.MaxFileSize();
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("load", "Extract articles and add their envoys and meetings to the graph store (re-loading an article changes nothing)")
        {
            paths, store, batchSize, maxFileSize, lexicon,
        };
        command.SetAction((parse, ct) => RunAsync(
            new LoadSettings(parse.GetValue(paths)!, parse.GetValue(store), parse.GetValue(batchSize), parse.GetValue(maxFileSize).Bytes, parse.GetValue(lexicon)),
            console, ct));
        return command;
    }

    /// <summary>The work of the command, separate from parsing so tests call it directly. Returns the exit code.</summary>
    public static async Task<int> RunAsync(LoadSettings settings, CliConsole console, CancellationToken ct = default)
    {
        var extractor = LexiconDirectory.CreateExtractor(settings.Lexicon, console);
        if (extractor is null) return ExitCodes.Failed;
        var uri = StoreLocation.Resolve(settings.Store);
        await using var store = await StoreLocation.OpenAsync(uri, console, ct);
        if (store is null) return ExitCodes.Failed;

        var summary = await LoadAsync(store, extractor, settings.Paths, settings.BatchSize, settings.MaxFileSize, console, ct);
        var totals = summary.Interrupted ? null : await StoreCounts.TryCountAsync(store, CancellationToken.None);
        LoadSummaryText.Write(console.Out, summary, store.Description, totals);
        if (summary.Interrupted) return ExitCodes.Interrupted;
        return summary.Failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>Loads paths into an open store with a progress display: shared with <c>serve</c>.</summary>
    internal static Task<LoadSummary> LoadAsync(
        Graph.IGraphStore store, ArticleExtractor extractor, IReadOnlyList<string> paths, int batchSize, long maxFileSize,
        CliConsole console, CancellationToken ct)
    {
        var locations = ArticlePaths.Expand(paths).ToList();
        var feed = new ArticleFeed(new ArticleReader(maxFileSize), extractor, console.OpenStdin, new ArticleManifests(console.Error.WriteLine));
        var loader = new ArticleLoader(store, feed, batchSize);
        return ProgressDisplay.RunAsync(console, "load", progress => loader.LoadAsync(locations, progress, ct));
    }
}
