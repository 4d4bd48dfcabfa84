using System.CommandLine;
using EnvoyGraph.Cli.Input;
using EnvoyGraph.Cli.Output;

namespace EnvoyGraph.Cli.Commands;

/// <summary>What <c>envoygraph extract</c> is asked to do.</summary>
/// <param name="Paths">Files, directories or <c>-</c>.</param>
/// <param name="Url">The URL of the article, when exactly one is given.</param>
/// <param name="MaxFileSize">Files bigger than this many bytes are refused.</param>
/// <param name="Lexicon">A directory of lexicon files added to the built-in ones.</param>
public sealed record ExtractSettings(IReadOnlyList<string> Paths, string? Url = null, long MaxFileSize = ArticleReader.DefaultMaxBytes, string? Lexicon = null);

/// <summary><c>envoygraph extract PATH...</c>: prints each article's facts as one line of JSON.</summary>
public static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths(ArgumentArity.OneOrMore);
        var url = new Option<string?>("--url") { Description = "The article's URL (only with a single article)", HelpName = "URL" };
        var maxFileSize = CommonOptions.MaxFileSize();
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("extract", "Print the envoys and meetings each article reports, as JSON Lines (one object per article)")
        {
            paths, url, maxFileSize, lexicon,
        };
        command.SetAction((parse, ct) => RunAsync(
            new ExtractSettings(parse.GetValue(paths)!, parse.GetValue(url), parse.GetValue(maxFileSize).Bytes, parse.GetValue(lexicon)), console, ct));
        return command;
    }

    /// <summary>The work of the command, separate from parsing so tests call it directly. Returns the exit code.</summary>
    public static async Task<int> RunAsync(ExtractSettings settings, CliConsole console, CancellationToken ct = default)
    {
        if (settings.Url is not null && !IsAbsoluteUrl(settings.Url))
        {
            console.Problem("--url", $"'{settings.Url}' is not an absolute http(s) URL");
            return ExitCodes.Failed;
        }
        var locations = ArticlePaths.Expand(settings.Paths).ToList();
        var readable = locations.Count(l => l.Problem is null);
        if (settings.Url is not null && readable > 1)
        {
            console.Problem("--url", $"names one article, but the paths hold {readable}; give one file with --url");
            return ExitCodes.Failed;
        }

        var extractor = LexiconDirectory.CreateExtractor(settings.Lexicon, console);
        if (extractor is null) return ExitCodes.Failed;
        var feed = new ArticleFeed(new ArticleReader(settings.MaxFileSize), extractor, console.OpenStdin, new ArticleManifests(console.Error.WriteLine));
        var failed = 0;
        await foreach (var article in feed.ReadAsync(locations, settings.Url, ct))
        {
            if (article.Succeeded)
                await console.Out.WriteLineAsync(FactsJson.ToLine(article.Facts!));
            else
            {
                failed++;
                console.Problem(article.Source, article.Problem!);
            }
        }
        await console.Out.FlushAsync(ct);
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    internal static bool IsAbsoluteUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
