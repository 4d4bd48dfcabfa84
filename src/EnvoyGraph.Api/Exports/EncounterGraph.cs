using System.Runtime.CompilerServices;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Exports;

/// <summary>One edge of the who-met-whom graph: two participants of one meeting (A's id &lt; B's id, ordinal).</summary>
public sealed record EncounterEdge(ExportedMeeting Meeting, Person A, Person B);

/// <summary>
/// The who-met-whom graph the GraphML and GEXF writers share: the persons of the exported meetings, then
/// one undirected edge per pair of participants per meeting (parallel edges kept; Gephi adds them up as weight).
/// Both walks stream the pages; only the set of person ids already written is kept.
/// </summary>
public static class EncounterGraph
{
    /// <summary>Each participant once, in order of first appearance.</summary>
    public static async IAsyncEnumerable<ExportedParticipant> PersonsAsync(MeetingPages pages, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var page in pages(false, ct).WithCancellation(ct))
            foreach (var meeting in page)
                foreach (var participant in meeting.Participants)
                    if (seen.Add(participant.Person.Id))
                        yield return participant;
    }

    /// <summary>Each pair of participants of each meeting, in meeting order.</summary>
    public static async IAsyncEnumerable<EncounterEdge> EdgesAsync(MeetingPages pages, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var page in pages(false, ct).WithCancellation(ct))
            foreach (var meeting in page)
            {
                var persons = meeting.Participants.Select(p => p.Person).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
                for (var i = 0; i < persons.Count; i++)
                    for (var j = i + 1; j < persons.Count; j++)
                        yield return new EncounterEdge(meeting, persons[i], persons[j]);
            }
    }
}
