using System.Runtime.CompilerServices;
using EnvoyGraph.Extraction;
using EnvoyGraph.Extraction.Facts;

namespace EnvoyGraph.Cli.Input;

/// <summary>One article after reading and extraction: its facts and text, or the reason it failed.</summary>
public sealed record FedArticle(string Source, string? Text, ArticleFacts? Facts, string? Problem)
{
    public bool Succeeded => Problem is null;
}

/// <summary>
/// Read → extract, one article at a time, for <c>extract</c>, <c>load</c> and <c>serve --load</c>.
/// A failure is reported for its article and the feed moves on. What a manifest beside an article file says
/// about it (url, outlet, publication day) is given to the extractor; <c>--url</c> wins over the manifest's url.
/// </summary>
public sealed class ArticleFeed(ArticleReader reader, ArticleExtractor extractor, Func<Stream> openStdin, ArticleManifests? manifests = null)
{
    public async IAsyncEnumerable<FedArticle> ReadAsync(
        IReadOnlyList<ArticleLocation> locations, string? url, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var location in locations)
        {
            ct.ThrowIfCancellationRequested();
            var read = await reader.ReadAsync(location, openStdin, ct);
            if (!read.Succeeded)
            {
                yield return new FedArticle(read.Source, null, null, read.Problem);
                continue;
            }
            var listed = location.IsStdin ? null : manifests?.For(location.Source);
            yield return Extract(new ArticleInput(read.Source, read.Text!, url ?? listed?.Url, listed?.Published, listed?.Outlet));
        }
    }

    private FedArticle Extract(ArticleInput input)
    {
        var (source, text) = (input.Source, input.Text);
        try
        {
            return new FedArticle(source, text, extractor.Extract(input), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in extraction must cost one article, not the run; the message says which.
            return new FedArticle(source, text, null, $"extraction failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
