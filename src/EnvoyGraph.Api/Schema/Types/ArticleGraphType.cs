using EnvoyGraph.Api.Schema.Scalars;
using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>A news article the graph was read from.</summary>
public sealed class ArticleGraphType : ObjectGraphType<Article>
{
    public ArticleGraphType()
    {
        Name = "Article";
        Description = "A news article the graph was read from.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id: a hash of the URL, else of the normalised text.")
            .Resolve(ctx => ctx.Source.Id);
        Field<StringGraphType>("title").Description("Headline; null when the article has none.")
            .Resolve(ctx => ctx.Source.Title);
        Field<StringGraphType>("url").Description("Where the article was published; null when unknown.")
            .Resolve(ctx => ctx.Source.Url);
        Field<StringGraphType>("outlet").Description("The news outlet (\"Yonhap\"); null when unknown.")
            .Resolve(ctx => ctx.Source.Outlet);
        Field<PartialDateGraphType>("published").Description("Publication date; null when unknown.")
            .Resolve(ctx => ctx.Source.Published);
    }
}
