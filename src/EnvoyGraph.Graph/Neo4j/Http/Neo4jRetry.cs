namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>
/// Retries a whole transaction when Neo4j reports a transient error (deadlock, leader switch, 503).
/// HTTP-level resilience handlers cannot do this: the transactional endpoint reports most transient
/// errors inside a 200 answer, and only the caller knows what "the whole transaction" is.
/// </summary>
internal static class Neo4jRetry
{
    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> transaction, Neo4jClientOptions options, CancellationToken ct)
    {
        var delay = options.FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await transaction(ct).ConfigureAwait(false);
            }
            catch (Neo4jTransientException) when (attempt < options.MaxAttempts)
            {
                // Jitter spreads out clients that collided on the same lock.
                var jittered = delay * (0.8 + 0.4 * Random.Shared.NextDouble());
                await Task.Delay(jittered, ct).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxRetryDelay.Ticks));
            }
        }
    }
}
