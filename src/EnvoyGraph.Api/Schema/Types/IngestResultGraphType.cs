using EnvoyGraph.Graph.Ingest;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>What <c>ingestArticle</c> did.</summary>
public sealed class IngestResultGraphType : ObjectGraphType<IngestResult>
{
    public IngestResultGraphType()
    {
        Name = "IngestResult";
        Description = "What ingesting an article changed in the graph.";
        Field<NonNullGraphType<IntGraphType>>("new").Description("1 when the article was not in the graph before.").Resolve(ctx => ctx.Source.New);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("1 when the same article, with the same text, was already there: nothing changed.").Resolve(ctx => ctx.Source.Unchanged);
        Field<NonNullGraphType<IntGraphType>>("updated").Description("1 when the article was there with another text and was read again.").Resolve(ctx => ctx.Source.Updated);
        Field<NonNullGraphType<IntGraphType>>("persons").Description("Persons the article named.").Resolve(ctx => ctx.Source.Persons);
        Field<NonNullGraphType<IntGraphType>>("meetings").Description("Meetings the article reported.").Resolve(ctx => ctx.Source.Meetings);
        Field<NonNullGraphType<IntGraphType>>("counterparts").Description("Counterpart pairs the article named.").Resolve(ctx => ctx.Source.Counterparts);
    }
}
