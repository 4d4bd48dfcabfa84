using EnvoyGraph.Api.Schema.Types;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>A page of articles.</summary>
public sealed class ArticleConnectionGraphType() : ConnectionGraphType<ArticleGraphType, ArticleEdgeGraphType, Article>("ArticleConnection", "articles");
