using EnvoyGraph.Api.Schema.Types;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>One of a page of meetings.</summary>
public sealed class MeetingEdgeGraphType() : EdgeGraphType<MeetingGraphType, Meeting>("MeetingEdge", "The meeting.");
