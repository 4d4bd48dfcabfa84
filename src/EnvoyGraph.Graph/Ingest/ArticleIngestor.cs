using EnvoyGraph.Extraction.Facts;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>One extracted article to ingest, with a hash of its normalised text (the article id when it has no URL).</summary>
public sealed record IngestItem(ArticleFacts Facts, string ContentHash);

/// <summary>What a batch did. Unchanged: articles already stored with the same content.</summary>
public sealed record IngestResult(int New, int Unchanged, int Updated, int Persons, int Meetings, int Counterparts);

/// <summary>
/// Resolves persons across articles, gives stable ids, merges the same meeting reported by several
/// articles, and writes one batch per call in one transaction. Re-ingesting an article changes nothing.
/// </summary>
public sealed class ArticleIngestor(IGraphStore store)
{
    // Skeleton placeholder: the ingest issue replaces this body.
    public Task<IngestResult> IngestAsync(IReadOnlyList<IngestItem> batch, CancellationToken ct = default) =>
        throw new NotImplementedException(store.Description);
}
