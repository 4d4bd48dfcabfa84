using GraphQL.DataLoader;

namespace EnvoyGraph.Api.Loaders;

/// <summary>
/// Collects the keys that one level of a GraphQL response asks for, then fetches them with ONE call
/// when the first result is awaited (the executor resolves a whole level before it awaits any
/// <see cref="IDataLoaderResult"/>). Keys already fetched in this request are not fetched again.
/// One instance per request: it caches what it read.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing) where TKey : notnull
{
    private readonly object _gate = new();
    private HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _batchOf = [];

    /// <summary>Queues <paramref name="key"/>; the value (or the missing value) arrives with its batch.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOf.ContainsKey(key)) _pending.Add(key);
        }
        return new Result(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken ct)
    {
        Task<IReadOnlyDictionary<TKey, TValue>> batch;
        lock (_gate)
        {
            if (!_batchOf.TryGetValue(key, out batch!))
            {
                var keys = _pending;
                keys.Add(key);
                _pending = [];
                batch = fetch(keys, ct);
                foreach (var k in keys) _batchOf[k] = batch;
            }
        }
        var values = await batch.ConfigureAwait(false);
        return values.TryGetValue(key, out var value) ? value : missing;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
