using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>Figures for dashboards.</summary>
public sealed class StatsGraphType : ObjectGraphType<Stats>
{
    public StatsGraphType()
    {
        Name = "Stats";
        Description = "Figures for charts and tables over the held meetings the filters select; planned meetings are not counted.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonthCountGraphType>>>>("meetingsPerMonth").Description("Held meetings per month, oldest month first; months without meetings and undated meetings are left out.")
            .Resolve(ctx => ctx.Source.MeetingsPerMonth);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryPairGraphType>>>>("countryPairs").Description("Held meetings per pair of countries, most first; at most `top` pairs.")
            .Resolve(ctx => ctx.Source.CountryPairs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnvoyCountGraphType>>>>("topEnvoys").Description("The persons with the most held meetings, most first; at most `top` persons.")
            .Resolve(ctx => ctx.Source.TopEnvoys);
        Field<NonNullGraphType<TotalsGraphType>>("totals").Description("How many nodes of each kind the whole graph holds, whatever the filters.")
            .Resolve(ctx => ctx.Source.Totals);
    }
}
