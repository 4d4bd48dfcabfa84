namespace EnvoyGraph.Graph.Model;

/// <summary>
/// Everything one ingest batch writes, applied by a store in ONE transaction as upserts
/// (MERGE semantics: writing the same batch twice leaves the graph as it was).
/// Meetings listed in <see cref="MergedMeetings"/> (old id → surviving id) are folded into the
/// survivor: their attendances and reports move, the old node goes.
/// </summary>
public sealed record GraphBatch(
    IReadOnlyList<Person> Persons,
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Attendance> Attendances,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<Counterpart> Counterparts,
    IReadOnlyList<RoleSpan> Roles,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyDictionary<string, string> MergedMeetings)
{
    public static GraphBatch Empty { get; } = new([], [], [], [], [], [], [], [], [], new Dictionary<string, string>());
}
