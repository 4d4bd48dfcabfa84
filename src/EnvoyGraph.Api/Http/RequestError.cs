namespace EnvoyGraph.Api.Http;

/// <summary>
/// A request refused before GraphQL saw it (wrong method, media type, body), with its HTTP status
/// and the <c>extensions.code</c> of the error sent back.
/// </summary>
public sealed class RequestError(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;

    public static RequestError BadRequest(string message) => new(400, "BAD_REQUEST", message);
}
