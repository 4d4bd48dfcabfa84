using EnvoyGraph.Api.Schema.Types;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>One of a page of persons.</summary>
public sealed class PersonEdgeGraphType() : EdgeGraphType<PersonGraphType, Person>("PersonEdge", "The person.");
