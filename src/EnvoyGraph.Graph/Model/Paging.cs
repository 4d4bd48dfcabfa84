namespace EnvoyGraph.Graph.Model;

/// <summary>Keyset paging, the same for every store: ask for one row more than the page to learn whether another page follows.</summary>
internal static class Paging
{
    /// <summary>The most rows one page may hold, whatever the caller asks.</summary>
    public const int MaxPageSize = 1000;

    public static int Size(int first) => Math.Clamp(first, 0, MaxPageSize);

    public static int Limit(int first) => Size(first) + 1;

    public static Page<T> ToPage<TRow, T>(IReadOnlyList<TRow> rows, int first, Func<TRow, T> item, Func<TRow, string> cursor)
    {
        var size = Size(first);
        var page = rows.Take(size).ToList();
        return new Page<T>(page.Select(item).ToList(), page.Select(cursor).ToList(), rows.Count > size);
    }
}
