using EnvoyGraph.Api.Schema.Scalars;
using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>REPRESENTS: a dated role of a person for a country.</summary>
public sealed class RoleGraphType : ObjectGraphType<RoleSpan>
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "A title a person held for a country, dated by the articles that show it.";
        Field<StringGraphType>("title").Description("The title (\"nuclear envoy\"); null when the articles give none.")
            .Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<CountryGraphType>>("country").Description("The country or body represented.")
            .Resolve(ctx => ctx.Graph().Loaders.Countries.Load(ctx.Source.CountryCode));
        Field<PartialDateGraphType>("firstSeen").Description("Date of the earliest article or meeting showing the role.")
            .Resolve(ctx => ctx.Source.FirstSeen);
        Field<PartialDateGraphType>("lastSeen").Description("Date of the latest article or meeting showing the role.")
            .Resolve(ctx => ctx.Source.LastSeen);
    }
}
