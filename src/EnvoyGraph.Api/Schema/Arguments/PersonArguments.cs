using EnvoyGraph.Api.Errors;
using GraphQL;

namespace EnvoyGraph.Api.Schema.Arguments;

/// <summary>Checks on arguments that name a person by id.</summary>
public static class PersonArguments
{
    /// <summary>Raises NOT_FOUND when <paramref name="id"/> is given and names no stored person.</summary>
    public static async Task RequirePersonAsync(IResolveFieldContext ctx, string argument, string? id)
    {
        if (id is null) return;
        if (await ctx.Graph().Loaders.Persons.Load(id).GetResultAsync(ctx.CancellationToken) is null)
            throw ApiError.NotFound($"{argument}: no person with id '{id}'");
    }
}
