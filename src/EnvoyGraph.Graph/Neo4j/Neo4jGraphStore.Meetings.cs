using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j.Cypher;
using static EnvoyGraph.Graph.Neo4j.Neo4jValues;

namespace EnvoyGraph.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Meeting>> GetMeetingsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        var result = await Run(ReadCypher.MeetingsByIds, Neo4jParameters.Ids(ids), ct);
        return result.Column("meeting").Select(Meeting).ToList();
    }

    public async Task<Page<Meeting>> QueryMeetingsAsync(MeetingQuery query, CancellationToken ct = default)
    {
        var (parameters, ofPerson) = MeetingParameters(query);
        var after = query.After is null ? null : KeysetCursor.Decode(query.After, "meetings", 2);
        parameters.With("afterDate", after?[0]).With("afterId", after?[1]).With("limit", Paging.Limit(query.First));
        var desc = query.Order == MeetingOrder.DateDesc;
        var statement = (ofPerson, desc) switch
        {
            (true, false) => ReadCypher.PersonMeetingsPageAscending,
            (true, true) => ReadCypher.PersonMeetingsPageDescending,
            (false, false) => ReadCypher.MeetingsPageAscending,
            (false, true) => ReadCypher.MeetingsPageDescending,
        };
        var rows = (await Run(statement, parameters, ct)).Column("meeting").Select(Meeting).ToList();
        return Paging.ToPage(rows, query.First, m => m, m => KeysetCursor.Encode("meetings", SortKey(m.Date), m.Id));
    }

    public async Task<int> CountMeetingsAsync(MeetingQuery query, CancellationToken ct = default)
    {
        var (parameters, ofPerson) = MeetingParameters(query);
        var statement = ofPerson ? ReadCypher.PersonMeetingsCount : ReadCypher.MeetingsCountAll;
        return Int((await Run(statement, parameters, ct)).Single("n"));
    }

    /// <summary>
    /// As in the SQLite store: the person is <c>Participant ?? WithPerson</c>, and <c>WithPerson</c> is the
    /// second person only when both are given; <c>Country</c> joins <c>Countries</c>.
    /// </summary>
    private static (Neo4jParameters, bool OfPerson) MeetingParameters(MeetingQuery q)
    {
        var person = q.Participant ?? q.WithPerson;
        var other = q.Participant is not null ? q.WithPerson : null;
        var countries = (q.Countries ?? []).Concat(q.Country is null ? [] : [q.Country]).Distinct(StringComparer.Ordinal).ToArray();
        var parameters = new Neo4jParameters()
            .With("person", person)
            .With("other", other)
            .With("countries", countries)
            .WithDates(q.From, q.To)
            .With("mode", q.Mode is { } mode ? Mode(mode) : null)
            .With("status", q.Status is { } status ? Status(status) : null);
        return (parameters, person is not null);
    }

    public async Task<IReadOnlyList<Attendance>> GetAttendancesByMeetingsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken ct = default)
    {
        if (meetingIds.Count == 0) return [];
        var result = await Run(ReadCypher.AttendancesByMeetings, Neo4jParameters.Ids(meetingIds), ct);
        return result.Rows.Select(r => new Attendance(Str(r[0])!, Str(r[1])!, Str(r[2]))).ToList();
    }

    public async Task<IReadOnlyList<Report>> GetReportsByMeetingsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken ct = default)
    {
        if (meetingIds.Count == 0) return [];
        var result = await Run(ReadCypher.ReportsByMeetings, Neo4jParameters.Ids(meetingIds), ct);
        return result.Rows.Select(r => new Report(Str(r[0])!, Str(r[1])!, Str(r[2]) ?? "",
            r[3].ValueKind == System.Text.Json.JsonValueKind.Number ? r[3].GetInt32() : null)).ToList();
    }
}
