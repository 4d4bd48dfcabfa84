using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph;

/// <summary>
/// The read side of the graph store: everything the API and the exports ask.
/// "By many ids" methods exist so that nested GraphQL fields are batched (one call per level, never per item).
/// Methods that take a list return only what exists, in no promised order.
/// </summary>
public interface IGraphReader
{
    Task<IReadOnlyList<Person>> GetPersonsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    /// <summary>Persons whose full name or an alias equals <paramref name="name"/>, case- and accent-insensitive.</summary>
    Task<IReadOnlyList<Person>> FindPersonsByNameAsync(string name, CancellationToken ct = default);
    Task<Page<Person>> QueryPersonsAsync(PersonQuery query, CancellationToken ct = default);
    Task<int> CountPersonsAsync(PersonQuery query, CancellationToken ct = default);

    Task<IReadOnlyList<Meeting>> GetMeetingsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<Page<Meeting>> QueryMeetingsAsync(MeetingQuery query, CancellationToken ct = default);
    Task<int> CountMeetingsAsync(MeetingQuery query, CancellationToken ct = default);
    Task<IReadOnlyList<Attendance>> GetAttendancesByMeetingsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken ct = default);
    Task<IReadOnlyList<Report>> GetReportsByMeetingsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken ct = default);

    Task<IReadOnlyList<Counterpart>> GetCounterpartsByPersonsAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default);
    Task<IReadOnlyList<RoleSpan>> GetRolesByPersonsAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default);
    Task<IReadOnlyList<Mention>> GetMentionsByPersonsAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default);

    Task<Page<Encounter>> QueryEncountersAsync(EncounterQuery query, CancellationToken ct = default);
    Task<int> CountEncountersAsync(EncounterQuery query, CancellationToken ct = default);
    /// <summary>A shortest chain of meetings from one person to another, or null when none within <paramref name="maxHops"/>.</summary>
    Task<IReadOnlyList<PathStep>?> FindPathAsync(string fromPersonId, string toPersonId, int maxHops, CancellationToken ct = default);

    Task<IReadOnlyList<Country>> GetCountriesAsync(IReadOnlyCollection<string>? codes = null, CancellationToken ct = default);
    Task<IReadOnlyList<Person>> GetPersonsByCountriesAsync(IReadOnlyCollection<string> countryCodes, CancellationToken ct = default);
    Task<IReadOnlyList<CountryPartner>> GetCountryPartnersAsync(IReadOnlyCollection<string> countryCodes, CancellationToken ct = default);

    Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<Page<Article>> QueryArticlesAsync(ArticleQuery query, CancellationToken ct = default);
    Task<int> CountArticlesAsync(ArticleQuery query, CancellationToken ct = default);

    Task<Stats> GetStatsAsync(StatsQuery query, CancellationToken ct = default);
}

/// <summary>The write side: what ingest needs to resolve persons and meetings, and to apply a batch atomically.</summary>
public interface IGraphWriter
{
    /// <summary>Creates constraints, indexes and tables if they are missing (idempotent).</summary>
    Task InitializeAsync(CancellationToken ct = default);
    /// <summary>Persons whose normalised name or alias key is one of <paramref name="nameKeys"/> (see <c>NameKey</c>).</summary>
    Task<IReadOnlyList<Person>> FindPersonsByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken ct = default);
    /// <summary>Meetings attended by any of <paramref name="personIds"/> whose date overlaps [from, to] (or has no date), with their attendances.</summary>
    Task<IReadOnlyList<(Meeting Meeting, IReadOnlyList<string> ParticipantIds)>> FindMeetingsOfPersonsAsync(
        IReadOnlyCollection<string> personIds, DateOnly from, DateOnly to, CancellationToken ct = default);
    Task<IReadOnlyList<Article>> GetArticlesForIngestAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    /// <summary>Applies the whole batch in one transaction; on failure nothing of it is written.</summary>
    Task ApplyAsync(GraphBatch batch, CancellationToken ct = default);
}

/// <summary>A graph store: SQLite (embedded default) or Neo4j. Both pass the same contract test suite.</summary>
public interface IGraphStore : IGraphReader, IGraphWriter, IAsyncDisposable
{
    /// <summary>Where the store lives, for messages; never includes a password.</summary>
    string Description { get; }
}
