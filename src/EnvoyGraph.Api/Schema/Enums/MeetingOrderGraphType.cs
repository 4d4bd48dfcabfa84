using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Enums;

/// <summary>Order of a list of meetings.</summary>
public sealed class MeetingOrderGraphType : EnumerationGraphType
{
    public MeetingOrderGraphType()
    {
        Name = "MeetingOrder";
        Description = "Order of a list of meetings; meetings without a date come last.";
        Add("DATE_ASC", MeetingOrder.DateAsc, "Oldest first.");
        Add("DATE_DESC", MeetingOrder.DateDesc, "Newest first.");
    }
}
