using EnvoyGraph.Api.Errors;
using EnvoyGraph.Api.Schema.Scalars;
using EnvoyGraph.Api.Schema.Types;
using EnvoyGraph.Extraction;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Ingest;
using GraphQL;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema;

/// <summary>The write side of the API; every field needs the operator's API key.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Changes to the graph. Each needs the operator's API key in the X-Api-Key header (or Authorization: Bearer KEY).";

        Field<NonNullGraphType<IngestResultGraphType>>("ingestArticle")
            .Description("Reads one article, extracts its meetings and adds them to the graph. Ingesting the same article again changes nothing.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The article: plain text or HTML, with its headline and body.")
            .Argument<StringGraphType>("url", "Where the article was published; it identifies the article, so sending it again updates it.")
            .Argument<PartialDateGraphType>("published", "Publication date, when the text does not give it.")
            .ResolveAsync(async ctx =>
            {
                var graph = ctx.Graph();
                // The validation rule refuses unauthenticated mutations before execution; this guards any other path in.
                if (!graph.IsOperator) throw ApiError.Unauthenticated("ingestArticle needs the operator's API key");
                var text = ctx.GetArgument<string>("text");
                if (string.IsNullOrWhiteSpace(text)) throw ApiError.BadUserInput("text: the article is empty");
                var url = ctx.GetArgument<string?>("url");
                // A given publication day is "now" for the text's relative dates ("on Tuesday", "last month"),
                // so it goes into the extraction, not onto its result.
                var published = ctx.GetArgument<PartialDate?>("published");
                var day = published is { Day: not null } p ? p.Start : (DateOnly?)null;
                var facts = graph.Extractor.Extract(new ArticleInput(url ?? "graphql:ingestArticle", text, url, day));
                if (facts.Published is null && published is not null)
                    facts = facts with { Published = published.ToString() };
                var ingestor = new ArticleIngestor(graph.Store);
                return await ingestor.IngestAsync([new IngestItem(facts, ContentHash.Of(text))], ctx.CancellationToken);
            });
    }
}
