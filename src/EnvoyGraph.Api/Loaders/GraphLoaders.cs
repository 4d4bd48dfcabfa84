using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Loaders;

/// <summary>
/// The batch loaders of one request, one per "by many ids" method of the read port, so that a
/// nested field costs one store call per level of the response, never one per item.
/// Lists come back in a stable order (names, then ids) because the port promises none.
/// </summary>
public sealed class GraphLoaders(IGraphReader reader)
{
    public BatchLoader<string, Person?> Persons { get; } = new(
        async (ids, ct) => (await reader.GetPersonsAsync(ids, ct)).ToDictionary(p => p.Id, p => (Person?)p), null);

    public BatchLoader<string, Meeting?> Meetings { get; } = new(
        async (ids, ct) => (await reader.GetMeetingsAsync(ids, ct)).ToDictionary(m => m.Id, m => (Meeting?)m), null);

    public BatchLoader<string, Article?> Articles { get; } = new(
        async (ids, ct) => (await reader.GetArticlesAsync(ids, ct)).ToDictionary(a => a.Id, a => (Article?)a), null);

    /// <summary>Countries by code; a code with no stored node still answers, named by its code.</summary>
    public BatchLoader<string, Country> Countries { get; } = new(
        async (codes, ct) =>
        {
            var found = (await reader.GetCountriesAsync(codes, ct)).ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
            return codes.ToDictionary(c => c, c => found.TryGetValue(c, out var country) ? country : new Country(c, c, []));
        },
        new Country("", "", []));

    public BatchLoader<string, IReadOnlyList<Person>> ParticipantsByMeeting { get; } = new(
        async (meetingIds, ct) =>
        {
            var attendances = await reader.GetAttendancesByMeetingsAsync(meetingIds, ct);
            var persons = await PersonsById(reader, attendances.Select(a => a.PersonId), ct);
            return Group(attendances, a => a.MeetingId, a => persons.GetValueOrDefault(a.PersonId), ByName);
        },
        []);

    public BatchLoader<string, IReadOnlyList<Report>> ReportsByMeeting { get; } = new(
        async (meetingIds, ct) => Group(await reader.GetReportsByMeetingsAsync(meetingIds, ct), r => r.MeetingId, r => r,
            q => q.OrderBy(r => r.ArticleId, StringComparer.Ordinal)),
        []);

    /// <summary>Counterparts are stored once per pair and read both ways.</summary>
    public BatchLoader<string, IReadOnlyList<Person>> CounterpartsByPerson { get; } = new(
        async (personIds, ct) =>
        {
            var asked = personIds.ToHashSet();
            var pairs = await reader.GetCounterpartsByPersonsAsync(personIds, ct);
            var links = pairs.SelectMany(p => new[] { (Of: p.PersonA, Other: p.PersonB), (Of: p.PersonB, Other: p.PersonA) })
                .Where(l => asked.Contains(l.Of)).Distinct().ToList();
            var persons = await PersonsById(reader, links.Select(l => l.Other), ct);
            return Group(links, l => l.Of, l => persons.GetValueOrDefault(l.Other), ByName);
        },
        []);

    public BatchLoader<string, IReadOnlyList<RoleSpan>> RolesByPerson { get; } = new(
        async (personIds, ct) => Group(await reader.GetRolesByPersonsAsync(personIds, ct), r => r.PersonId, r => r,
            q => q.OrderBy(r => r.FirstSeen).ThenBy(r => r.CountryCode, StringComparer.Ordinal)),
        []);

    public BatchLoader<string, IReadOnlyList<Article>> ArticlesByPerson { get; } = new(
        async (personIds, ct) =>
        {
            var mentions = await reader.GetMentionsByPersonsAsync(personIds, ct);
            var ids = mentions.Select(m => m.ArticleId).Distinct().ToList();
            var articles = ids.Count == 0 ? [] : (await reader.GetArticlesAsync(ids, ct)).ToDictionary(a => a.Id);
            return Group(mentions, m => m.PersonId, m => articles.GetValueOrDefault(m.ArticleId),
                q => q.OrderBy(a => a.Published).ThenBy(a => a.Id, StringComparer.Ordinal));
        },
        []);

    public BatchLoader<string, IReadOnlyList<Person>> EnvoysByCountry { get; } = new(
        async (codes, ct) => Group(await reader.GetPersonsByCountriesAsync(codes, ct), p => p.CountryCode ?? "", p => p, ByName),
        []);

    public BatchLoader<string, IReadOnlyList<CountryPartner>> PartnersByCountry { get; } = new(
        async (codes, ct) => Group(await reader.GetCountryPartnersAsync(codes, ct), p => p.CountryCode, p => p,
            q => q.OrderByDescending(p => p.Count).ThenBy(p => p.PartnerCode, StringComparer.Ordinal)),
        []);

    private static IOrderedEnumerable<Person> ByName(IEnumerable<Person> persons) =>
        persons.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal);

    private static async Task<Dictionary<string, Person>> PersonsById(IGraphReader reader, IEnumerable<string> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        return distinct.Count == 0 ? [] : (await reader.GetPersonsAsync(distinct, ct)).ToDictionary(p => p.Id);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<TValue>> Group<TRow, TValue>(
        IEnumerable<TRow> rows, Func<TRow, string> key, Func<TRow, TValue?> value, Func<IEnumerable<TValue>, IOrderedEnumerable<TValue>> order)
        where TValue : class =>
        rows.GroupBy(key).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<TValue>)order(g.Select(value).OfType<TValue>().Distinct()).ToList());
}
