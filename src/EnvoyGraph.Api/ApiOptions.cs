using EnvoyGraph.Extraction;

namespace EnvoyGraph.Api;

/// <summary>Operator settings of the HTTP service. The defaults suit a public, read-mostly service.</summary>
public sealed record ApiOptions
{
    /// <summary>
    /// API key that mutations require in the <c>X-Api-Key</c> header (or <c>Authorization: Bearer KEY</c>);
    /// null or empty refuses all mutations with UNAUTHENTICATED.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>Largest request body accepted, in bytes; a larger one is answered 413.</summary>
    public long MaxRequestBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest selection nesting accepted; deeper documents are refused with QUERY_TOO_COMPLEX before they run.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>
    /// Highest estimated cost accepted (one per field, multiplied by the <c>first</c> of enclosing lists);
    /// costlier documents are refused with QUERY_TOO_COMPLEX before they run.
    /// </summary>
    public int MaxComplexity { get; init; } = 250_000;

    /// <summary>Longest time one request may run before it is cancelled.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The extractor <c>ingestArticle</c> reads articles with: the one built from the operator's lexicons
    /// (<c>serve --lexicon</c>), so an article sent over the API is read exactly as a loaded one.
    /// </summary>
    public ArticleExtractor Extractor { get; init; } = ArticleExtractor.Default;
}
