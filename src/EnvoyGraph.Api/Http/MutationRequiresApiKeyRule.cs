using EnvoyGraph.Api.Errors;
using EnvoyGraph.Api.Schema;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace EnvoyGraph.Api.Http;

/// <summary>
/// Refuses a mutation, before it runs, unless the request carried the operator's API key.
/// A service with no key configured refuses every mutation.
/// </summary>
public sealed class MutationRequiresApiKeyRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLOperationDefinition> Visitor = new((operation, context) =>
    {
        if (operation.Operation != OperationType.Mutation || !ReferenceEquals(operation, context.Operation)) return;
        if (context.UserContext is EnvoyGraphContext { IsOperator: true }) return;
        context.ReportError(new ValidationError(
            "mutations need the operator's API key: send it in the X-Api-Key header (or Authorization: Bearer KEY); a service started without a key accepts no mutations")
        {
            Code = ErrorCodes.Unauthenticated,
        });
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
