using EnvoyGraph.Cli.Input;
using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Ingest;

namespace EnvoyGraph.Cli.Loading;

/// <summary>How far a load has got: articles tried so far out of the paths' total.</summary>
public sealed record LoadProgress(int Done, int Total);

/// <summary>
/// Read → extract → ingest in batches: the work behind <c>load</c> and <c>serve --load</c>, free of any console.
/// Each batch is one transaction; when one fails, its articles are retried one by one so that a single bad
/// article is reported with its reason and the rest of the batch still lands.
/// </summary>
public sealed class ArticleLoader(IGraphStore store, ArticleFeed feed, int batchSize)
{
    public const int DefaultBatchSize = 100;

    private readonly ArticleIngestor _ingestor = new(store);

    public async Task<LoadSummary> LoadAsync(IReadOnlyList<ArticleLocation> locations, Action<LoadProgress>? progress = null, CancellationToken ct = default)
    {
        var tally = new Tally();
        var batch = new List<(string Source, IngestItem Item)>(batchSize);
        var done = 0;
        var interrupted = false;
        try
        {
            await foreach (var article in feed.ReadAsync(locations, url: null, ct))
            {
                if (article.Succeeded)
                    batch.Add((article.Source, new IngestItem(article.Facts!, ContentHash.Of(article.Text!))));
                else
                    tally.Failures.Add(new LoadFailure(article.Source, article.Problem!));
                if (batch.Count >= batchSize)
                    await FlushAsync(batch, tally, ct);
                progress?.Invoke(new LoadProgress(++done, locations.Count));
            }
            await FlushAsync(batch, tally, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The batch in flight is rolled back by its transaction; what was committed stays.
            interrupted = true;
        }
        return new LoadSummary(done, tally.New, tally.Unchanged, tally.Updated, tally.Failures,
            tally.Persons, tally.Meetings, tally.Counterparts, interrupted);
    }

    private async Task FlushAsync(List<(string Source, IngestItem Item)> batch, Tally tally, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        try
        {
            tally.Add(await _ingestor.IngestAsync(batch.Select(b => b.Item).ToList(), ct));
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var one in batch)
                await IngestOneAsync(one.Source, one.Item, tally, ct);
        }
        catch (Exception e)
        {
            tally.Failures.Add(new LoadFailure(batch[0].Source, Reason(e)));
        }
        batch.Clear();
    }

    private async Task IngestOneAsync(string source, IngestItem item, Tally tally, CancellationToken ct)
    {
        try
        {
            tally.Add(await _ingestor.IngestAsync([item], ct));
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }
        catch (Exception e)
        {
            tally.Failures.Add(new LoadFailure(source, Reason(e)));
        }
    }

    private static string Reason(Exception e) => $"could not store it: {e.Message}";

    private sealed class Tally
    {
        public int New, Unchanged, Updated, Persons, Meetings, Counterparts;
        public List<LoadFailure> Failures { get; } = [];

        public void Add(IngestResult r)
        {
            New += r.New; Unchanged += r.Unchanged; Updated += r.Updated;
            Persons += r.Persons; Meetings += r.Meetings; Counterparts += r.Counterparts;
        }
    }
}
