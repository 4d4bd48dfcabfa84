using EnvoyGraph.Api.Errors;
using EnvoyGraph.Api.Schema.Arguments;
using EnvoyGraph.Api.Schema.Paging;
using EnvoyGraph.Api.Schema.Scalars;
using EnvoyGraph.Api.Schema.Types;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;

namespace EnvoyGraph.Api.Schema;

/// <summary>The read side of the API: persons, meetings, encounters, paths, countries, articles, statistics.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    /// <summary>Longest chain <c>path</c> searches; longer searches would scan most of a large graph.</summary>
    public const int MaxHops = 6;

    public QueryGraphType()
    {
        Name = "Query";
        Description = "Who met whom, when, where, in what capacity, and according to which article.";

        Field<PersonGraphType>("person")
            .Description("A person by id, or by full name or alias (case-insensitive). Null when none matches; when several share the name, the first by id.")
            .Argument<IdGraphType>("id", "The person's id.")
            .Argument<StringGraphType>("name", "The person's full name or an alias (\"Lee Do-hoon\").")
            .ValidateArguments(ctx =>
            {
                if (ctx.GetArgument<string?>("id") is null && string.IsNullOrWhiteSpace(ctx.GetArgument<string?>("name")))
                    throw new ValidationError("person: give an `id` or a `name`") { Code = ErrorCodes.BadUserInput };
            })
            .ResolveAsync(async ctx =>
            {
                if (ctx.GetArgument<string?>("id") is { } id)
                    return await ctx.Graph().Loaders.Persons.Load(id).GetResultAsync(ctx.CancellationToken);
                var found = await ctx.Graph().Reader.FindPersonsByNameAsync(ctx.GetArgument<string>("name").Trim(), ctx.CancellationToken);
                return found.OrderBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault();
            });

        Field<NonNullGraphType<PersonConnectionGraphType>>("persons")
            .Description("Persons by name, a page at a time.")
            .Argument<StringGraphType>("search", "Only persons whose name or an alias contains this text (case-insensitive).")
            .Argument<StringGraphType>("country", "Only persons of this country (ISO alpha-2 code or English name).")
            .PageArguments(50)
            .ResolveAsync(async ctx =>
            {
                var country = ctx.GetArgument<string?>("country");
                var query = new PersonQuery(
                    ctx.GetArgument<string?>("search"),
                    country is null ? null : await ctx.Graph().Countries.ToCodeAsync("country", country, ctx.CancellationToken),
                    ctx.GetArgument<int>("first"),
                    ctx.GetArgument<string?>("after"));
                var reader = ctx.Graph().Reader;
                return new PagedResult<Person>(await reader.QueryPersonsAsync(query, ctx.CancellationToken), query.After is not null,
                    ct => reader.CountPersonsAsync(query with { After = null }, ct));
            });

        Field<MeetingGraphType>("meeting")
            .Description("A meeting by id; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The meeting's id.")
            .Resolve(ctx => ctx.Graph().Loaders.Meetings.Load(ctx.GetArgument<string>("id")));

        Field<NonNullGraphType<MeetingConnectionGraphType>>("meetings")
            .Description("Meetings matching every given filter, a page at a time.")
            .MeetingFilters(withParticipant: true)
            .PageArguments(50)
            .ResolveAsync(async ctx =>
            {
                var query = await MeetingArguments.ReadAsync(ctx, null);
                var reader = ctx.Graph().Reader;
                return new PagedResult<Meeting>(await reader.QueryMeetingsAsync(query, ctx.CancellationToken), query.After is not null,
                    ct => reader.CountMeetingsAsync(query with { After = null }, ct));
            });

        Field<NonNullGraphType<EncounterConnectionGraphType>>("encounters")
            .Description("Who met whom when: one edge per person and other participant of a meeting, a page at a time.")
            .Argument<IdGraphType>("person", "Only the encounters of this person (id).")
            .Argument<StringGraphType>("country", "Only encounters of persons of this country (code or name).")
            .Argument<PartialDateGraphType>("from", "Only encounters on or after this date.")
            .Argument<PartialDateGraphType>("to", "Only encounters on or before this date.")
            .PageArguments(100)
            .ResolveAsync(async ctx =>
            {
                var person = ctx.GetArgument<string?>("person");
                await PersonArguments.RequirePersonAsync(ctx, "person", person);
                var country = ctx.GetArgument<string?>("country");
                var query = new EncounterQuery(
                    person,
                    country is null ? null : await ctx.Graph().Countries.ToCodeAsync("country", country, ctx.CancellationToken),
                    ctx.GetArgument<PartialDate?>("from"),
                    ctx.GetArgument<PartialDate?>("to"),
                    ctx.GetArgument<int>("first"),
                    ctx.GetArgument<string?>("after"));
                var reader = ctx.Graph().Reader;
                return new PagedResult<Encounter>(await reader.QueryEncountersAsync(query, ctx.CancellationToken), query.After is not null,
                    ct => reader.CountEncountersAsync(query with { After = null }, ct));
            });

        Field<ListGraphType<NonNullGraphType<PathStepGraphType>>>("path")
            .Description("A shortest chain of meetings linking two persons, one step per meeting; empty when they are the same person, null when no chain is within `maxHops`.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The person (id) the chain starts from.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The person (id) the chain ends at.")
            .Argument<IntGraphType>("maxHops", $"Longest chain to look for, 1 to {MaxHops} meetings.", a => a.DefaultValue = 4)
            .ValidateArguments(ctx =>
            {
                // Defaults are not applied yet at validation time: an absent argument reads as its default.
                var hops = ctx.GetArgument("maxHops", 4);
                if (hops is < 1 or > MaxHops)
                    throw new ValidationError($"maxHops: {hops} is out of range; give 1 to {MaxHops}") { Code = ErrorCodes.BadUserInput };
            })
            .ResolveAsync(async ctx =>
            {
                var from = ctx.GetArgument<string>("from");
                var to = ctx.GetArgument<string>("to");
                await PersonArguments.RequirePersonAsync(ctx, "from", from);
                await PersonArguments.RequirePersonAsync(ctx, "to", to);
                if (from == to) return Array.Empty<PathStep>();
                return await ctx.Graph().Reader.FindPathAsync(from, to, ctx.GetArgument<int>("maxHops"), ctx.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryGraphType>>>>("countries")
            .Description("Every country and body in the graph, by name.")
            .ResolveAsync(async ctx => (await ctx.Graph().Reader.GetCountriesAsync(null, ctx.CancellationToken))
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList());

        Field<CountryGraphType>("country")
            .Description("A country by ISO alpha-2 code or English name; null when the graph has no such country.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "ISO 3166-1 alpha-2 code (\"KR\") or English name (\"South Korea\").")
            .ResolveAsync(async ctx =>
            {
                string code;
                try { code = await ctx.Graph().Countries.ToCodeAsync("code", ctx.GetArgument<string>("code"), ctx.CancellationToken); }
                catch (ExecutionError e) when (e.Code == ErrorCodes.BadUserInput) { return null; }
                return (await ctx.Graph().Reader.GetCountriesAsync([code], ctx.CancellationToken)).FirstOrDefault();
            });

        Field<NonNullGraphType<ArticleConnectionGraphType>>("articles")
            .Description("Articles the graph was read from, by publication date, a page at a time.")
            .Argument<StringGraphType>("outlet", "Only articles of this outlet (case-insensitive).")
            .Argument<PartialDateGraphType>("from", "Only articles published on or after this date.")
            .Argument<PartialDateGraphType>("to", "Only articles published on or before this date.")
            .PageArguments(50)
            .ResolveAsync(async ctx =>
            {
                var query = new ArticleQuery(
                    ctx.GetArgument<string?>("outlet"),
                    ctx.GetArgument<PartialDate?>("from"),
                    ctx.GetArgument<PartialDate?>("to"),
                    ctx.GetArgument<int>("first"),
                    ctx.GetArgument<string?>("after"));
                var reader = ctx.Graph().Reader;
                return new PagedResult<Article>(await reader.QueryArticlesAsync(query, ctx.CancellationToken), query.After is not null,
                    ct => reader.CountArticlesAsync(query with { After = null }, ct));
            });

        Field<NonNullGraphType<StatsGraphType>>("stats")
            .Description("Figures for dashboards: held meetings per month, per country pair, the busiest envoys, and graph totals.")
            .Argument<PartialDateGraphType>("from", "Only meetings on or after this date.")
            .Argument<PartialDateGraphType>("to", "Only meetings on or before this date.")
            .Argument<StringGraphType>("country", "Only meetings with a participant from this country (code or name).")
            .Argument<IntGraphType>("top", "How many entries `topEnvoys` and `countryPairs` list, 1 to 100.", a => a.DefaultValue = 20)
            .ValidateArguments(ctx =>
            {
                var top = ctx.GetArgument("top", 20);
                if (top is < 1 or > 100)
                    throw new ValidationError($"top: {top} is out of range; give 1 to 100") { Code = ErrorCodes.BadUserInput };
            })
            .ResolveAsync(async ctx =>
            {
                var country = ctx.GetArgument<string?>("country");
                var query = new StatsQuery(
                    ctx.GetArgument<PartialDate?>("from"),
                    ctx.GetArgument<PartialDate?>("to"),
                    country is null ? null : await ctx.Graph().Countries.ToCodeAsync("country", country, ctx.CancellationToken),
                    ctx.GetArgument<int>("top"));
                return await ctx.Graph().Reader.GetStatsAsync(query, ctx.CancellationToken);
            });
    }
}
