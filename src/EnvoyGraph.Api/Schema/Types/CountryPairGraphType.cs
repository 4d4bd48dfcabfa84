using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>Two countries and the meetings between them.</summary>
public sealed class CountryPairGraphType : ObjectGraphType<CountryPairCount>
{
    public CountryPairGraphType()
    {
        Name = "CountryPair";
        Description = "Two countries and the number of meetings with participants from both.";
        Field<NonNullGraphType<CountryGraphType>>("a").Description("One country (the one whose code sorts first).")
            .Resolve(ctx => ctx.Graph().Loaders.Countries.Load(ctx.Source.A));
        Field<NonNullGraphType<CountryGraphType>>("b").Description("The other country.")
            .Resolve(ctx => ctx.Graph().Loaders.Countries.Load(ctx.Source.B));
        Field<NonNullGraphType<IntGraphType>>("count").Description("Meetings between them.").Resolve(ctx => ctx.Source.Count);
    }
}
