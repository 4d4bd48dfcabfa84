using GraphQL.Types;

namespace EnvoyGraph.Api.Schema;

/// <summary>The EnvoyGraph GraphQL schema; its printed SDL is kept in graph-schema/schema.graphql.</summary>
public sealed class EnvoyGraphSchema : GraphQL.Types.Schema
{
    public EnvoyGraphSchema(IServiceProvider services) : base(services)
    {
        Description = "EnvoyGraph: envoys, countries and meetings read from news articles.";
        Query = new QueryGraphType();
        Mutation = new MutationGraphType();
    }
}
