using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>One extracted article to ingest, with a hash of its normalised text (the article id when it has no URL).</summary>
/// <remarks>Compute <see cref="ContentHash"/> with <see cref="Ingest.ContentHash.Of"/>.</remarks>
public sealed record IngestItem(ArticleFacts Facts, string ContentHash);

/// <summary>
/// What a batch did. New / Unchanged / Updated count articles (Unchanged: already stored with the
/// same content, nothing written; Updated: same id, new content, its reports and mentions replaced).
/// Persons, Meetings, Counterparts count the nodes and pairs this batch created.
/// </summary>
public sealed record IngestResult(int New, int Unchanged, int Updated, int Persons, int Meetings, int Counterparts);

/// <summary>
/// Resolves persons across articles, gives stable ids, merges the same meeting reported by several
/// articles, and writes one batch per call in one transaction. Re-ingesting an article changes nothing.
/// </summary>
/// <param name="store">Where the graph is read and written.</param>
/// <param name="lexicon">Country names → codes; the built-in lexicon when null (pass the user's when they extended it).</param>
public sealed class ArticleIngestor(IGraphStore store, Lexicon? lexicon = null)
{
    public async Task<IngestResult> IngestAsync(IReadOnlyList<IngestItem> batch, CancellationToken ct = default)
    {
        // The last copy of an article in the batch wins; earlier copies count as unchanged.
        var latest = new Dictionary<string, IngestItem>(StringComparer.Ordinal);
        var order = new List<string>();
        var duplicates = 0;
        foreach (var item in batch)
        {
            var id = StableIds.Article(item.Facts.Url, item.ContentHash);
            if (latest.ContainsKey(id)) duplicates++; else order.Add(id);
            latest[id] = item;
        }
        var stored = (await store.GetArticlesForIngestAsync(order, ct)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var work = new List<(string Id, IngestItem Item)>();
        var replaced = new List<string>();
        var unchanged = duplicates;
        foreach (var id in order)
        {
            var item = latest[id];
            if (stored.TryGetValue(id, out var old))
            {
                if (old.ContentHash == item.ContentHash) { unchanged++; continue; }
                replaced.Add(id);
            }
            work.Add((id, item));
        }
        if (work.Count == 0) return new IngestResult(0, unchanged, 0, 0, 0, 0);

        var builder = new BatchBuilder(store, lexicon ?? Lexicon.BuiltIn);
        await builder.PreloadAsync(work.Select(w => w.Item.Facts), ct);
        foreach (var (id, item) in work) await builder.AddArticleAsync(id, item, ct);
        var (graphBatch, counts) = await builder.BuildAsync(replaced, ct);
        await store.ApplyAsync(graphBatch, ct);
        return new IngestResult(work.Count - replaced.Count, unchanged, replaced.Count, counts.Persons, counts.Meetings, counts.Counterparts);
    }
}
