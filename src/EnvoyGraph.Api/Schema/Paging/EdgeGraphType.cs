using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>A Relay edge of <typeparamref name="TNodeGraphType"/>; subclasses only give the name.</summary>
public abstract class EdgeGraphType<TNodeGraphType, TNode> : ObjectGraphType<PagedEdge<TNode>>
    where TNodeGraphType : IGraphType
{
    protected EdgeGraphType(string name, string nodeDescription)
    {
        Name = name;
        Description = $"One item of a {name[..^4]} list with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque keyset cursor: pass it as `after` to read the items that follow this one.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Description(nodeDescription)
            .Resolve(ctx => ctx.Source.Node);
    }
}
