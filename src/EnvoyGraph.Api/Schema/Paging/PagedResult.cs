using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>What a connection field resolves to: one keyset page, and how to count the whole list if asked.</summary>
public interface IPagedResult
{
    bool HasNextPage { get; }
    bool HasPreviousPage { get; }
    string? StartCursor { get; }
    string? EndCursor { get; }
    Task<int> CountAsync(CancellationToken ct);
}

/// <summary>One edge: a node with the cursor that resumes the list after it.</summary>
public sealed record PagedEdge<T>(string Cursor, T Node);

/// <summary>A page of <typeparamref name="T"/>; the total is counted only when a query selects <c>totalCount</c>.</summary>
public sealed class PagedResult<T>(Page<T> page, bool resumed, Func<CancellationToken, Task<int>> count) : IPagedResult
{
    public IReadOnlyList<T> Nodes => page.Items;
    public IReadOnlyList<PagedEdge<T>> Edges { get; } = page.Items.Select((item, i) => new PagedEdge<T>(page.Cursors[i], item)).ToList();
    public bool HasNextPage => page.HasNextPage;
    public bool HasPreviousPage => resumed;
    public string? StartCursor => page.Cursors.Count > 0 ? page.Cursors[0] : null;
    public string? EndCursor => page.EndCursor;
    public Task<int> CountAsync(CancellationToken ct) => count(ct);
}
