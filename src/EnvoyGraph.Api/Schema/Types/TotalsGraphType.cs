using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>Node counts.</summary>
public sealed class TotalsGraphType : ObjectGraphType<Totals>
{
    public TotalsGraphType()
    {
        Name = "Totals";
        Description = "How many nodes of each kind the whole graph holds.";
        Field<NonNullGraphType<IntGraphType>>("persons").Description("Persons.").Resolve(ctx => ctx.Source.Persons);
        Field<NonNullGraphType<IntGraphType>>("meetings").Description("Meetings.").Resolve(ctx => ctx.Source.Meetings);
        Field<NonNullGraphType<IntGraphType>>("articles").Description("Articles.").Resolve(ctx => ctx.Source.Articles);
        Field<NonNullGraphType<IntGraphType>>("countries").Description("Countries and bodies.").Resolve(ctx => ctx.Source.Countries);
        Field<NonNullGraphType<IntGraphType>>("counterparts").Description("Counterpart pairs.").Resolve(ctx => ctx.Source.Counterparts);
    }
}
