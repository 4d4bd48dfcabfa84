using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>A country or represented body (United Nations, European Union).</summary>
public sealed class CountryGraphType : ObjectGraphType<Country>
{
    public CountryGraphType()
    {
        Name = "Country";
        Description = "A country, or a body represented like one (United Nations, European Union).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("ISO 3166-1 alpha-2 code (\"KR\"), or a short code for bodies (\"UN\", \"EU\").")
            .Resolve(ctx => ctx.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Common English short name (\"South Korea\").")
            .Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Other names accepted for it (\"Republic of Korea\", \"ROK\").")
            .Resolve(ctx => ctx.Source.Aliases);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonGraphType>>>>("envoys").Description("Persons who represent this country, by name.")
            .Resolve(ctx => ctx.Graph().Loaders.EnvoysByCountry.Load(ctx.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryPartnerGraphType>>>>("partners")
            .Description("Other countries whose persons met this country's persons, with the number of meetings, most first.")
            .Resolve(ctx => ctx.Graph().Loaders.PartnersByCountry.Load(ctx.Source.Code));
    }
}
