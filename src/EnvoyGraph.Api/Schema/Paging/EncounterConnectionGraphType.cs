using EnvoyGraph.Api.Schema.Types;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>A page of encounters.</summary>
public sealed class EncounterConnectionGraphType() : ConnectionGraphType<EncounterGraphType, EncounterEdgeGraphType, Encounter>("EncounterConnection", "encounters");
