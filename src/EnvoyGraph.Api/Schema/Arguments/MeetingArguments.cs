using EnvoyGraph.Api.Schema.Enums;
using EnvoyGraph.Api.Schema.Paging;
using EnvoyGraph.Api.Schema.Scalars;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Arguments;

/// <summary>The filters shared by <c>Query.meetings</c> and <c>Person.meetings</c>.</summary>
public static class MeetingArguments
{
    public static FieldBuilder<TSource, TReturn> MeetingFilters<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, bool withParticipant)
    {
        if (withParticipant)
            field.Argument<IdGraphType>("participant", "Only meetings this person (id) attended.");
        field.Argument<IdGraphType>("withPerson", withParticipant
            ? "Only meetings this person (id) attended; with `participant`: the meetings of the two together."
            : "Only meetings this person (id) also attended.");
        field.Argument<StringGraphType>("country", "Only meetings with a participant from this country (ISO alpha-2 code or English name).");
        field.Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("countries",
            "Only meetings with participants from every listed country (codes or names): [\"KR\", \"JP\"] gives the meetings between the two.");
        field.Argument<PartialDateGraphType>("from", "Only meetings on or after this date; a month-precision meeting counts when its month overlaps.");
        field.Argument<PartialDateGraphType>("to", "Only meetings on or before this date; a month-precision meeting counts when its month overlaps.");
        field.Argument<MeetingModeGraphType>("mode", "Only meetings held in this mode.");
        field.Argument<MeetingStatusGraphType>("status", "Only held, or only planned, meetings.");
        field.Argument<MeetingOrderGraphType>("order", "Date order of the list.", a => a.DefaultValue = MeetingOrder.DateAsc);
        return field;
    }

    /// <summary>Reads the filters, resolving country names and checking that the persons exist.</summary>
    public static async Task<MeetingQuery> ReadAsync(IResolveFieldContext ctx, string? participant)
    {
        var graph = ctx.Graph();
        var ct = ctx.CancellationToken;
        participant ??= ctx.GetArgument<string?>("participant");
        var withPerson = ctx.GetArgument<string?>("withPerson");
        if (ctx.HasArgument("participant")) await PersonArguments.RequirePersonAsync(ctx, "participant", participant);
        await PersonArguments.RequirePersonAsync(ctx, "withPerson", withPerson);
        var country = ctx.GetArgument<string?>("country");
        var countries = ctx.GetArgument<List<string>?>("countries");
        return new MeetingQuery(
            Participant: participant,
            WithPerson: withPerson,
            Country: country is null ? null : await graph.Countries.ToCodeAsync("country", country, ct),
            Countries: countries is null ? null : await graph.Countries.ToCodesAsync("countries", countries, ct),
            From: ctx.GetArgument<PartialDate?>("from"),
            To: ctx.GetArgument<PartialDate?>("to"),
            Mode: ctx.GetArgument<MeetingMode?>("mode"),
            Status: ctx.GetArgument<MeetingStatus?>("status"),
            First: ctx.GetArgument("first", PagingArguments.MaxPageSize),
            After: ctx.GetArgument<string?>("after"),
            Order: ctx.GetArgument("order", MeetingOrder.DateAsc));
    }
}
