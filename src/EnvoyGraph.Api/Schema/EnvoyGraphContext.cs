using EnvoyGraph.Api.Loaders;
using EnvoyGraph.Extraction;
using EnvoyGraph.Graph;
using GraphQL;

namespace EnvoyGraph.Api.Schema;

/// <summary>What the resolvers of one request share: the store, its batch loaders, and who is asking.</summary>
public sealed class EnvoyGraphContext : Dictionary<string, object?>
{
    public EnvoyGraphContext(IGraphStore store, bool isOperator, ArticleExtractor? extractor = null)
    {
        Store = store;
        Extractor = extractor ?? ArticleExtractor.Default;
        IsOperator = isOperator;
        Loaders = new GraphLoaders(store);
        Countries = new CountryNames(store);
    }

    public IGraphStore Store { get; }
    public IGraphReader Reader => Store;
    public GraphLoaders Loaders { get; }
    public CountryNames Countries { get; }

    /// <summary>The operator's extractor, for articles sent to <c>ingestArticle</c>.</summary>
    public ArticleExtractor Extractor { get; }

    /// <summary>True when the request carried the operator's API key.</summary>
    public bool IsOperator { get; }
}

internal static class ResolveFieldContextExtensions
{
    public static EnvoyGraphContext Graph(this IResolveFieldContext context) => (EnvoyGraphContext)context.UserContext;
}
