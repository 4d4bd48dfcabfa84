using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>Figures for dashboards.</summary>
public sealed class StatsGraphType : ObjectGraphType<Stats>
{
    public StatsGraphType()
    {
        Name = "Stats";
        Description = "Figures for charts and tables, over the meetings the filters select.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonthCountGraphType>>>>("meetingsPerMonth").Description("Meetings per month, oldest month first; months without meetings are left out.")
            .Resolve(ctx => ctx.Source.MeetingsPerMonth);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryPairGraphType>>>>("countryPairs").Description("Meetings per pair of countries, most first.")
            .Resolve(ctx => ctx.Source.CountryPairs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnvoyCountGraphType>>>>("topEnvoys").Description("The persons with the most meetings, most first.")
            .Resolve(ctx => ctx.Source.TopEnvoys);
        Field<NonNullGraphType<TotalsGraphType>>("totals").Description("How many nodes of each kind the graph holds.")
            .Resolve(ctx => ctx.Source.Totals);
    }
}
