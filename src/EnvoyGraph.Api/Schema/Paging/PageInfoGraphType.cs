using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>Relay page information.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<IPagedResult>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where this page sits in the list.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when more items follow; pass `endCursor` as `after` to read them.")
            .Resolve(ctx => ctx.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("True when this page was read with `after`, so items come before it.")
            .Resolve(ctx => ctx.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first edge of this page; null when the page is empty.")
            .Resolve(ctx => ctx.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last edge of this page; null when the page is empty.")
            .Resolve(ctx => ctx.Source.EndCursor);
    }
}
