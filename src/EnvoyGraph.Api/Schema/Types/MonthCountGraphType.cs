using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>A month and its number of meetings.</summary>
public sealed class MonthCountGraphType : ObjectGraphType<MonthCount>
{
    public MonthCountGraphType()
    {
        Name = "MonthCount";
        Description = "A month and its number of meetings.";
        Field<NonNullGraphType<StringGraphType>>("month").Description("The month, YYYY-MM.").Resolve(ctx => ctx.Source.Month);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Meetings in that month.").Resolve(ctx => ctx.Source.Count);
    }
}
