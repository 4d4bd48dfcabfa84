using EnvoyGraph.Graph.Model;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQL.Validation.Errors.Custom;

namespace EnvoyGraph.Api.Errors;

/// <summary>
/// Gives every error a message a client can act on and exactly one <c>extensions.code</c>.
/// Internal failures are reduced to "Internal server error." so that no exception text or stack
/// trace leaves the service; the exception itself is logged by the endpoint.
/// </summary>
public sealed class EnvoyGraphErrorInfoProvider : IErrorInfoProvider
{
    public const string InternalMessage = "Internal server error.";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var (code, message) = Classify(executionError);
        return new ErrorInfo { Message = message, Extensions = new Dictionary<string, object?> { ["code"] = code } };
    }

    private static (string Code, string Message) Classify(ExecutionError error) => error switch
    {
        ComplexityError => (ErrorCodes.QueryTooComplex, error.Message),
        // A value that does not fit its argument (a bad Date, a string for an Int) is the caller's input, not the document's shape.
        ArgumentsOfCorrectTypeError or InvalidVariableError => (ErrorCodes.BadUserInput, error.Message),
        UnhandledError { InnerException: BadCursorException bad } => (ErrorCodes.BadUserInput, $"after: {bad.Message}"),
        UnhandledError { InnerException: OperationCanceledException } => (ErrorCodes.InternalServerError, "The request was cancelled or took too long."),
        UnhandledError => (ErrorCodes.InternalServerError, InternalMessage),
        ValidationError or ExecutionError when error.Code is { Length: > 0 } code => (code, error.Message),
        _ => (ErrorCodes.InternalServerError, InternalMessage),
    };
}
