using EnvoyGraph.Api.Schema.Types;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>One of a page of encounters; its fields are also on the edge, so <c>edges { person other meeting date }</c> reads directly.</summary>
public sealed class EncounterEdgeGraphType : EdgeGraphType<EncounterGraphType, Encounter>
{
    public EncounterEdgeGraphType() : base("EncounterEdge", "The encounter.") => EncounterGraphType.AddFields(this, edge => edge.Node);
}
