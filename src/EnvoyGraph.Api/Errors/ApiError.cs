using GraphQL;

namespace EnvoyGraph.Api.Errors;

/// <summary>Errors resolvers raise on purpose, each with its <c>extensions.code</c>.</summary>
public static class ApiError
{
    public static ExecutionError BadUserInput(string message) => new(message) { Code = ErrorCodes.BadUserInput };

    public static ExecutionError NotFound(string message) => new(message) { Code = ErrorCodes.NotFound };

    public static ExecutionError Unauthenticated(string message) => new(message) { Code = ErrorCodes.Unauthenticated };
}
