using EnvoyGraph.Graph.Model;
using GraphQL.Types;

namespace EnvoyGraph.Api.Schema.Types;

/// <summary>One link of a chain of meetings between two persons.</summary>
public sealed class PathStepGraphType : ObjectGraphType<PathStep>
{
    public PathStepGraphType()
    {
        Name = "PathStep";
        Description = "One link of a chain of meetings: `person` met `nextPerson` at `meeting`.";
        Field<NonNullGraphType<PersonGraphType>>("person").Description("The person at this end of the link (the start person on the first step).")
            .Resolve(ctx => ctx.Graph().Loaders.Persons.Load(ctx.Source.PersonId));
        Field<NonNullGraphType<MeetingGraphType>>("meeting").Description("A meeting both attended.")
            .Resolve(ctx => ctx.Graph().Loaders.Meetings.Load(ctx.Source.MeetingId));
        Field<NonNullGraphType<PersonGraphType>>("nextPerson").Description("The person at the other end of the link (the target person on the last step).")
            .Resolve(ctx => ctx.Graph().Loaders.Persons.Load(ctx.Source.NextPersonId));
    }
}
