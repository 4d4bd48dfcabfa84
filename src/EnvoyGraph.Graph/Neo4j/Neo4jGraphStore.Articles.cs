using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j.Cypher;
using static EnvoyGraph.Graph.Neo4j.Neo4jValues;

namespace EnvoyGraph.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        return (await Run(ReadCypher.ArticlesByIds, Neo4jParameters.Ids(ids), ct)).Column("article").Select(Article).ToList();
    }

    public Task<IReadOnlyList<Article>> GetArticlesForIngestAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        GetArticlesAsync(ids, ct);

    public async Task<Page<Article>> QueryArticlesAsync(ArticleQuery query, CancellationToken ct = default)
    {
        var parameters = ArticleParameters(query);
        var after = query.After is null ? null : KeysetCursor.Decode(query.After, "articles", 2);
        parameters.With("afterDate", after?[0]).With("afterId", after?[1]).With("limit", Paging.Limit(query.First));
        var rows = (await Run(ReadCypher.ArticlesPage, parameters, ct)).Column("article").Select(Article).ToList();
        return Paging.ToPage(rows, query.First, a => a, a => KeysetCursor.Encode("articles", SortKey(a.Published), a.Id));
    }

    public async Task<int> CountArticlesAsync(ArticleQuery query, CancellationToken ct = default) =>
        Int((await Run(ReadCypher.ArticlesCount, ArticleParameters(query), ct)).Single("n"));

    /// <summary>Outlet compared case-insensitively (trimmed, lower case), dates by overlap like meetings.</summary>
    private static Neo4jParameters ArticleParameters(ArticleQuery q) => new Neo4jParameters()
        .With("outlet", string.IsNullOrWhiteSpace(q.Outlet) ? null : q.Outlet.Trim().ToLowerInvariant())
        .WithDates(q.From, q.To);
}
