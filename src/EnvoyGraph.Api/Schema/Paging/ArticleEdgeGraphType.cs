using EnvoyGraph.Api.Schema.Types;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>One of a page of articles.</summary>
public sealed class ArticleEdgeGraphType() : EdgeGraphType<ArticleGraphType, Article>("ArticleEdge", "The article.");
