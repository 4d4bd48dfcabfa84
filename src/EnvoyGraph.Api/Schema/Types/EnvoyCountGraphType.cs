using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>A person and their number of meetings.</summary>
public sealed class EnvoyCountGraphType : ObjectGraphType<PersonCount>
{
    public EnvoyCountGraphType()
    {
        Name = "EnvoyCount";
        Description = "A person and the number of meetings they attended.";
        Field<NonNullGraphType<PersonGraphType>>("person").Description("The person.")
            .Resolve(ctx => ctx.Graph().Loaders.Persons.Load(ctx.Source.PersonId));
        Field<NonNullGraphType<IntGraphType>>("count").Description("Meetings attended.").Resolve(ctx => ctx.Source.Count);
    }
}
