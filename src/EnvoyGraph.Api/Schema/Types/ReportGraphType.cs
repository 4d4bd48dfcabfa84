using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>REPORTED_IN: an article reporting a meeting, with its evidence.</summary>
public sealed class ReportGraphType : ObjectGraphType<Report>
{
    public ReportGraphType()
    {
        Name = "Report";
        Description = "An article that reports a meeting, with the sentence that states it.";
        Field<NonNullGraphType<StringGraphType>>("evidence").Description("The sentence of the article that states the meeting.")
            .Resolve(ctx => ctx.Source.Evidence);
        Field<IntGraphType>("offset").Description("Character offset of the evidence sentence in the article text; null when unknown.")
            .Resolve(ctx => ctx.Source.Offset);
        Field<NonNullGraphType<ArticleGraphType>>("article").Description("The reporting article.")
            .Resolve(ctx => ctx.Graph().Loaders.Articles.Load(ctx.Source.ArticleId));
    }
}
