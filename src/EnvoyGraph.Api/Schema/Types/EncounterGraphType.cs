using EnvoyGraph.Api.Schema.Scalars;
using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>Who met whom when: one person, one other participant, one meeting.</summary>
public sealed class EncounterGraphType : ObjectGraphType<Encounter>
{
    public EncounterGraphType()
    {
        Name = "Encounter";
        Description = "Who met whom when: a person, another participant of the same meeting, and the meeting.";
        AddFields(this, encounter => encounter);
    }

    /// <summary>The encounter fields, shared with <c>EncounterEdge</c> so that edges read <c>{ person other meeting date }</c> directly.</summary>
    internal static void AddFields<TSource>(ObjectGraphType<TSource> type, Func<TSource, Encounter> of)
    {
        type.Field<NonNullGraphType<PersonGraphType>>("person").Description("The person whose encounters are listed.")
            .Resolve(ctx => ctx.Graph().Loaders.Persons.Load(of(ctx.Source).PersonId));
        type.Field<NonNullGraphType<PersonGraphType>>("other").Description("Another participant of the meeting.")
            .Resolve(ctx => ctx.Graph().Loaders.Persons.Load(of(ctx.Source).OtherId));
        type.Field<NonNullGraphType<MeetingGraphType>>("meeting").Description("The meeting where they met.")
            .Resolve(ctx => ctx.Graph().Loaders.Meetings.Load(of(ctx.Source).MeetingId));
        type.Field<PartialDateGraphType>("date").Description("The meeting's date; null when unknown.")
            .Resolve(ctx => of(ctx.Source).Date);
    }
}
