namespace EnvoyGraph.Api.Errors;

/// <summary>The <c>extensions.code</c> values clients can rely on.</summary>
public static class ErrorCodes
{
    /// <summary>The document is deeper or costlier than the operator allows; refused before it runs.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    /// <summary>An argument or variable has a value the API cannot use (bad date, cursor, page size, country).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";
    /// <summary>An id given as an argument names nothing in the graph.</summary>
    public const string NotFound = "NOT_FOUND";
    /// <summary>A mutation without a valid API key, or on a service with no key configured.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";
    /// <summary>Something failed inside the service; details are logged, never sent.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
