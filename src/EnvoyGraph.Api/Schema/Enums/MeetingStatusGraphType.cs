using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Enums;

/// <summary>Whether a meeting took place or was announced.</summary>
public sealed class MeetingStatusGraphType : EnumerationGraphType
{
    public MeetingStatusGraphType()
    {
        Name = "MeetingStatus";
        Description = "Whether a meeting took place or was only announced.";
        Add("HELD", MeetingStatus.Held, "The meeting took place.");
        Add("PLANNED", MeetingStatus.Planned, "The meeting was announced or scheduled when it was reported.");
    }
}
