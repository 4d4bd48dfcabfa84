namespace EnvoyGraph.Graph.Neo4j.Http;

/// <summary>
/// A failure reported by (or on the way to) a Neo4j server. The subclasses follow Neo4j's own three
/// families of status codes: <see cref="Neo4jClientException"/> (the caller's mistake, <c>Neo.ClientError.*</c>),
/// <see cref="Neo4jTransientException"/> (worth a retry, <c>Neo.TransientError.*</c>) and
/// <see cref="Neo4jDatabaseException"/> (the server's fault, <c>Neo.DatabaseError.*</c>).
/// </summary>
public abstract class Neo4jException(string message, string? code = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>; null when the server did not give one.</summary>
    public string? Code { get; } = code;

    /// <summary>Builds the exception of the family <paramref name="code"/> belongs to.</summary>
    public static Neo4jException FromCode(string code, string message) => code switch
    {
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new Neo4jTransientException(message, code),
        _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => new Neo4jDatabaseException(message, code),
        _ => new Neo4jClientException(message, code),
    };
}

/// <summary>The request was wrong (syntax, constraint violation, missing parameter, unknown database): retrying will not help.</summary>
public class Neo4jClientException(string message, string? code = null) : Neo4jException(message, code);

/// <summary>The server refused the credentials (401) or the user lacks a permission.</summary>
public sealed class Neo4jAuthenticationException(string message, string? code = null) : Neo4jClientException(message, code);

/// <summary>A temporary condition (deadlock, leader switch, memory pressure, 503): the whole transaction may be retried.</summary>
public sealed class Neo4jTransientException(string message, string? code = null, Exception? inner = null) : Neo4jException(message, code, inner);

/// <summary>The server failed (an internal error, or an Enterprise-only feature on Community).</summary>
public sealed class Neo4jDatabaseException(string message, string? code = null) : Neo4jException(message, code);

/// <summary>The server could not be reached or did not answer in time.</summary>
public sealed class Neo4jUnavailableException(string message, Exception? inner = null) : Neo4jException(message, null, inner);
