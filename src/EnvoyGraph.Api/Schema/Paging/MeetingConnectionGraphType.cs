using EnvoyGraph.Api.Schema.Types;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>A page of meetings.</summary>
public sealed class MeetingConnectionGraphType() : ConnectionGraphType<MeetingGraphType, MeetingEdgeGraphType, Meeting>("MeetingConnection", "meetings");
