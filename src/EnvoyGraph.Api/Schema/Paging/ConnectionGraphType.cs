using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>A Relay connection; subclasses only give the name. <c>totalCount</c> costs a count query, run only when selected.</summary>
public abstract class ConnectionGraphType<TNodeGraphType, TEdgeGraphType, TNode> : ObjectGraphType<PagedResult<TNode>>
    where TNodeGraphType : IGraphType
    where TEdgeGraphType : IGraphType
{
    protected ConnectionGraphType(string name, string itemsDescription)
    {
        Name = name;
        Description = $"A page of {itemsDescription}, in keyset order (Relay connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeGraphType>>>>("edges").Description($"The {itemsDescription} of this page, each with its cursor.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes").Description($"The {itemsDescription} of this page, without cursors.")
            .Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Whether more items follow, and the cursor to read them.")
            .Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description($"How many {itemsDescription} the whole list holds, across all pages.")
            .ResolveAsync(async ctx => await ctx.Source.CountAsync(ctx.CancellationToken));
    }
}
