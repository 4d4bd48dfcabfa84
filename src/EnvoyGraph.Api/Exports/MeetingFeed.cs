using System.Runtime.CompilerServices;
using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Exports;

/// <summary>
/// Reads the meetings to export from the read port in keyset pages, with one batched call per page for
/// attendances, persons, reports and articles, so memory holds one page, never the whole graph.
/// </summary>
public static class MeetingFeed
{
    /// <summary>Meetings per page; the API's own maximum page size.</summary>
    public const int PageSize = 500;

    /// <summary>Pages of the meetings matching <paramref name="query"/> (its First and After are ignored).</summary>
    public static MeetingPages From(IGraphReader reader, MeetingQuery query) =>
        (withReports, ct) => ReadAsync(reader, query, withReports, ct);

    private static async IAsyncEnumerable<IReadOnlyList<ExportedMeeting>> ReadAsync(
        IGraphReader reader, MeetingQuery query, bool withReports, [EnumeratorCancellation] CancellationToken ct)
    {
        // Countries are few (about 200); persons, meetings and articles are fetched per page.
        var countries = (await reader.GetCountriesAsync(null, ct)).ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        string? after = null;
        while (true)
        {
            var page = await reader.QueryMeetingsAsync(query with { First = PageSize, After = after, Order = MeetingOrder.DateAsc }, ct);
            if (page.Items.Count > 0)
                yield return await ExpandAsync(reader, page.Items, countries, withReports, ct);
            if (!page.HasNextPage || page.EndCursor is null) yield break;
            after = page.EndCursor;
        }
    }

    private static async Task<IReadOnlyList<ExportedMeeting>> ExpandAsync(IGraphReader reader, IReadOnlyList<Meeting> meetings,
        IReadOnlyDictionary<string, Country> countries, bool withReports, CancellationToken ct)
    {
        var ids = meetings.Select(m => m.Id).ToList();
        var attendances = await reader.GetAttendancesByMeetingsAsync(ids, ct);
        var persons = (await reader.GetPersonsAsync(attendances.Select(a => a.PersonId).Distinct().ToList(), ct))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        var reports = withReports ? await reader.GetReportsByMeetingsAsync(ids, ct) : [];
        var articles = reports.Count == 0 ? new Dictionary<string, Article>()
            : (await reader.GetArticlesAsync(reports.Select(r => r.ArticleId).Distinct().ToList(), ct)).ToDictionary(a => a.Id, StringComparer.Ordinal);

        var attendancesByMeeting = attendances.ToLookup(a => a.MeetingId, StringComparer.Ordinal);
        var reportsByMeeting = reports.ToLookup(r => r.MeetingId, StringComparer.Ordinal);
        return meetings.Select(m => new ExportedMeeting(
                m,
                attendancesByMeeting[m.Id]
                    .Where(a => persons.ContainsKey(a.PersonId))
                    .DistinctBy(a => a.PersonId)
                    .Select(a => Participant(persons[a.PersonId], a.Role, countries))
                    .OrderBy(p => p.Person.Name, StringComparer.Ordinal).ThenBy(p => p.Person.Id, StringComparer.Ordinal)
                    .ToList(),
                reportsByMeeting[m.Id]
                    .Select(r => new ExportedReport(r.Evidence, articles.GetValueOrDefault(r.ArticleId)))
                    .OrderBy(r => r.Article?.Published).ThenBy(r => r.Article?.Id, StringComparer.Ordinal)
                    .ToList()))
            .ToList();
    }

    private static ExportedParticipant Participant(Person person, string? role, IReadOnlyDictionary<string, Country> countries) =>
        new(person, person.CountryCode is { } code && countries.TryGetValue(code, out var country) ? country : null, role);
}
