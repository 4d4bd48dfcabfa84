using EnvoyGraph.Api.Schema.Types;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>A page of persons.</summary>
public sealed class PersonConnectionGraphType() : ConnectionGraphType<PersonGraphType, PersonEdgeGraphType, Person>("PersonConnection", "persons");
