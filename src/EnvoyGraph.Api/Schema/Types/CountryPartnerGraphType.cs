using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>A country met by another, with how often.</summary>
public sealed class CountryPartnerGraphType : ObjectGraphType<CountryPartner>
{
    public CountryPartnerGraphType()
    {
        Name = "CountryPartner";
        Description = "A country whose persons met the other country's persons, with how often.";
        Field<NonNullGraphType<CountryGraphType>>("country").Description("The partner country.")
            .Resolve(ctx => ctx.Graph().Loaders.Countries.Load(ctx.Source.PartnerCode));
        Field<NonNullGraphType<IntGraphType>>("count").Description("Number of meetings with participants from both countries.")
            .Resolve(ctx => ctx.Source.Count);
    }
}
