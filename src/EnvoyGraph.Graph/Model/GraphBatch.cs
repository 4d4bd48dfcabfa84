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
    /// <summary>
    /// Articles whose content changed: before the batch is written, their REPORTED_IN and MENTIONED_IN
    /// edges are removed, and meetings left with no report at all are deleted. The batch then writes
    /// what the new content says.
    /// </summary>
    public IReadOnlyList<string> ReplacedArticles { get; init; } = [];

    public static GraphBatch Empty { get; } = new([], [], [], [], [], [], [], [], [], new Dictionary<string, string>());
}
