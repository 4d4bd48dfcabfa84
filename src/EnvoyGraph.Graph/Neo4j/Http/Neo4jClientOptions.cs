namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>Time limits and retries of the Neo4j HTTP client.</summary>
public sealed record Neo4jClientOptions
{
    /// <summary>How long to wait for a TCP connection: short, so that a dead server is a start-up error within seconds.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long one request may take once connected (large batches and whole-graph statistics take a while).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How many times a transaction is tried in all when Neo4j reports a transient error.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait before the first retry; it doubles on each further retry, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    public static Neo4jClientOptions Default { get; } = new();
}
