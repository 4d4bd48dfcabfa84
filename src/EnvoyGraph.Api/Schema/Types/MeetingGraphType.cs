using EnvoyGraph.Api.Schema.Enums;
using EnvoyGraph.Api.Schema.Scalars;
using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>One real encounter, however many articles report it.</summary>
public sealed class MeetingGraphType : ObjectGraphType<Meeting>
{
    public MeetingGraphType()
    {
        Name = "Meeting";
        Description = "One real encounter between persons, counted once however many articles report it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id: a hash of the sorted participant ids, the date and the mode.")
            .Resolve(ctx => ctx.Source.Id);
        Field<PartialDateGraphType>("date").Description("When it took place (or is planned): YYYY-MM-DD, or YYYY-MM when only the month is known; null when the reports give no date.")
            .Resolve(ctx => ctx.Source.Date);
        Field<DatePrecisionGraphType>("datePrecision").Description("DAY or MONTH; null when there is no date.")
            .Resolve(ctx => ctx.Source.Date?.Precision);
        Field<NonNullGraphType<MeetingModeGraphType>>("mode").Description("In person, by phone, by video, or unknown.")
            .Resolve(ctx => ctx.Source.Mode);
        Field<NonNullGraphType<MeetingStatusGraphType>>("status").Description("Held, or planned at the time of the report.")
            .Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("format").Description("bilateral, trilateral or multilateral, by the number of countries taking part.")
            .Resolve(ctx => ctx.Source.Format);
        Field<StringGraphType>("location").Description("Where it took place, as the reports name it (usually a city); null when not said.")
            .Resolve(ctx => ctx.Source.Location);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonGraphType>>>>("participants").Description("The persons who attended, by name.")
            .Resolve(ctx => ctx.Graph().Loaders.ParticipantsByMeeting.Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportGraphType>>>>("reportedIn").Description("The articles that report this meeting, each with the sentence that states it.")
            .Resolve(ctx => ctx.Graph().Loaders.ReportsByMeeting.Load(ctx.Source.Id));
    }
}
