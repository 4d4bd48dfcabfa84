using EnvoyGraph.Api.Schema.Arguments;
using EnvoyGraph.Api.Schema.Paging;
using EnvoyGraph.Api.Schema.Scalars;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;
using GraphQL;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>An envoy or other person who attended meetings.</summary>
public sealed class PersonGraphType : ObjectGraphType<Person>
{
    public PersonGraphType()
    {
        Name = "Person";
        Description = "A person the articles name as attending meetings: an envoy, minister or other official.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id: a slug of the normalised full name (with the country when two people share a name).")
            .Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Full name, in the fullest form the articles give (\"Lee Do-hoon\").")
            .Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Other forms of the name seen in articles.")
            .Resolve(ctx => ctx.Source.Aliases);
        Field<CountryGraphType>("country").Description("The country or body the person represents; null when unknown.")
            .Resolve(ctx => ctx.Source.CountryCode is { } code ? ctx.Graph().Loaders.Countries.Load(code) : null);
        Field<StringGraphType>("role").Description("The most recent title the articles give (\"special representative for Korean Peninsula peace and security affairs\").")
            .Resolve(ctx => ctx.Source.Role);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingGraphType>>>>("meetings")
            .Description($"Meetings this person attended, filtered; at most `first` (default and maximum {PagingArguments.MaxPageSize}). Page with `Query.meetings(participant:)` beyond that.")
            .MeetingFilters(withParticipant: false)
            .PageArguments(PagingArguments.MaxPageSize, withAfter: false)
            .ResolveAsync(async ctx =>
            {
                var query = await MeetingArguments.ReadAsync(ctx, ctx.Source.Id);
                return (await ctx.Graph().Reader.QueryMeetingsAsync(query, ctx.CancellationToken)).Items;
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonGraphType>>>>("counterparts")
            .Description("Persons the articles call this person's counterparts, from either side.")
            .Resolve(ctx => ctx.Graph().Loaders.CounterpartsByPerson.Load(ctx.Source.Id));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncounterGraphType>>>>("encounters")
            .Description($"Who this person met, when: one item per other participant of each meeting; at most `first` (default and maximum {PagingArguments.MaxPageSize}).")
            .Argument<StringGraphType>("country", "Only encounters with persons of this country (code or name).")
            .Argument<PartialDateGraphType>("from", "Only encounters on or after this date.")
            .Argument<PartialDateGraphType>("to", "Only encounters on or before this date.")
            .PageArguments(PagingArguments.MaxPageSize, withAfter: false)
            .ResolveAsync(async ctx =>
            {
                var country = ctx.GetArgument<string?>("country");
                var query = new EncounterQuery(
                    Person: ctx.Source.Id,
                    Country: country is null ? null : await ctx.Graph().Countries.ToCodeAsync("country", country, ctx.CancellationToken),
                    From: ctx.GetArgument<PartialDate?>("from"),
                    To: ctx.GetArgument<PartialDate?>("to"),
                    First: ctx.GetArgument("first", PagingArguments.MaxPageSize));
                return (await ctx.Graph().Reader.QueryEncountersAsync(query, ctx.CancellationToken)).Items;
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles")
            .Description("The titles this person held and for which country, with when the articles first and last show them.")
            .Resolve(ctx => ctx.Graph().Loaders.RolesByPerson.Load(ctx.Source.Id));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleGraphType>>>>("articles")
            .Description("Articles that name this person, oldest first.")
            .Resolve(ctx => ctx.Graph().Loaders.ArticlesByPerson.Load(ctx.Source.Id));
    }
}
