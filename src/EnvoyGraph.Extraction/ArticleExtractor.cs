using EnvoyGraph.Extraction.Facts;

namespace EnvoyGraph.Extraction;

/// <summary>An article as read: its text (plain or HTML), where it came from, and its URL when known.</summary>
public sealed record ArticleInput(string Source, string Text, string? Url = null);

/// <summary>Text → <see cref="ArticleFacts"/>. Pure: no I/O, no clock; the publication date is "now".</summary>
public sealed class ArticleExtractor
{
    public static ArticleExtractor Default { get; } = new();

    // Skeleton placeholder: the extraction pipeline replaces this body.
    public ArticleFacts Extract(ArticleInput input) =>
        new(input.Source, input.Url, null, null, null, [], [], []);
}
