using EnvoyGraph.Api.Errors;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation;

namespace EnvoyGraph.Api.Schema.Paging;

/// <summary>The <c>first</c> and <c>after</c> arguments of list fields, checked before the query runs.</summary>
public static class PagingArguments
{
    /// <summary>Largest page a client may ask for.</summary>
    public const int MaxPageSize = 500;

    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int defaultFirst, bool withAfter = true)
    {
        field.Argument<IntGraphType>("first", $"How many items to return, 0 to {MaxPageSize}.", a => a.DefaultValue = defaultFirst);
        if (withAfter)
            field.Argument<StringGraphType>("after", "Return the items after this cursor (an `endCursor` or edge `cursor` of this same list).");
        return field.ValidateArguments(CheckFirst);
    }

    /// <summary>Refuses a page size outside 0..500 as BAD_USER_INPUT, before execution.</summary>
    public static void CheckFirst(FieldArgumentsValidationContext ctx)
    {
        var first = ctx.GetArgument<int?>("first");
        if (first is < 0 or > MaxPageSize)
            throw new ValidationError($"first: {first} is out of range; ask for 0 to {MaxPageSize} items and page on with `after`")
            {
                Code = ErrorCodes.BadUserInput,
            };
    }
}
