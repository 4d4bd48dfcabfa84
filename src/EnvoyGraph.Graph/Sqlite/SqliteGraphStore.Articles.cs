using EnvoyGraph.Graph.Model;
using Microsoft.Data.Sqlite;

namespace EnvoyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, "a", $"SELECT {SqliteRows.ArticleColumns} FROM articles a WHERE a.id IN ({{0}})", SqliteRows.Article, ct);

    public Task<Page<Article>> QueryArticlesAsync(ArticleQuery query, CancellationToken ct = default) =>
        ReadAsync(async c =>
        {
            await using var cmd = ArticlesCommand(c, query, count: false);
            var rows = await cmd.ListAsync(SqliteRows.Article, ct);
            return Paging.ToPage(rows, query.First, a => a, a => KeysetCursor.Encode("articles", SqliteCommands.SortKey(a.Published), a.Id));
        }, ct);

    public Task<int> CountArticlesAsync(ArticleQuery query, CancellationToken ct = default) =>
        ReadAsync(async c =>
        {
            await using var cmd = ArticlesCommand(c, query with { After = null }, count: true);
            return (int)await cmd.ScalarAsync(ct);
        }, ct);

    /// <summary>Articles in (published, id) order; outlet compared case-insensitively; dates by overlap like meetings.</summary>
    private static SqliteCommand ArticlesCommand(SqliteConnection c, ArticleQuery q, bool count)
    {
        var cmd = c.Command("");
        var where = new List<string>();
        if (!string.IsNullOrWhiteSpace(q.Outlet))
        {
            where.Add("a.outlet_key = @outlet");
            cmd.With("@outlet", q.Outlet.Trim().ToLowerInvariant());
        }
        if (q.From is { } f)
        {
            where.Add("a.published >= @fromMonth AND a.pub_end >= @fromStart");
            cmd.With("@fromMonth", f.Start.ToString("yyyy-MM")).With("@fromStart", f.Start.ToString("yyyy-MM-dd"));
        }
        if (q.To is { } t)
        {
            where.Add("a.published <= @toEnd AND a.published <> '' AND a.pub_start <= @toEnd");
            cmd.With("@toEnd", t.End.ToString("yyyy-MM-dd"));
        }
        if (q.After is not null && !count)
        {
            var key = KeysetCursor.Decode(q.After, "articles", 2);
            where.Add("(a.published, a.id) > (@afterDate, @afterId)");
            cmd.With("@afterDate", key[0]).With("@afterId", key[1]);
        }
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        cmd.CommandText = count
            ? $"SELECT count(*) FROM articles a {filter}"
            : $"SELECT {SqliteRows.ArticleColumns} FROM articles a {filter} ORDER BY a.published, a.id LIMIT @limit";
        if (!count) cmd.With("@limit", Paging.Limit(q.First));
        return cmd;
    }
}
