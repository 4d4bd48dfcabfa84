using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Enums;

/// <summary>How the participants met.</summary>
public sealed class MeetingModeGraphType : EnumerationGraphType
{
    public MeetingModeGraphType()
    {
        Name = "MeetingMode";
        Description = "How the participants met.";
        Add("IN_PERSON", MeetingMode.InPerson, "Face to face.");
        Add("PHONE", MeetingMode.Phone, "By telephone.");
        Add("VIDEO", MeetingMode.Video, "By video conference or call.");
        Add("UNKNOWN", MeetingMode.Unknown, "The reports do not say.");
    }
}
