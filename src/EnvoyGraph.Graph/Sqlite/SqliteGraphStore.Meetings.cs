using EnvoyGraph.Graph.Model;
using Microsoft.Data.Sqlite;
using static EnvoyGraph.Graph.Sqlite.SqliteCommands;

namespace EnvoyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<Meeting>> GetMeetingsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIdsAsync(ids, "m", $"SELECT {SqliteRows.MeetingColumns} FROM meetings m WHERE m.id IN ({{0}})", SqliteRows.Meeting, ct);

    public Task<Page<Meeting>> QueryMeetingsAsync(MeetingQuery query, CancellationToken ct = default) =>
        ReadAsync(async c =>
        {
            await using var cmd = MeetingsCommand(c, query, count: false);
            var rows = await cmd.ListAsync(SqliteRows.Meeting, ct);
            return Paging.ToPage(rows, query.First, m => m, m => KeysetCursor.Encode("meetings", SortKey(m.Date), m.Id));
        }, ct);

    public Task<int> CountMeetingsAsync(MeetingQuery query, CancellationToken ct = default) =>
        ReadAsync(async c =>
        {
            await using var cmd = MeetingsCommand(c, query with { After = null }, count: true);
            return (int)await cmd.ScalarAsync(ct);
        }, ct);

    /// <summary>
    /// One query shape per access path, each paging straight off an index in (date, id) order:
    /// a person's attendances, a country's meetings, or all meetings.
    /// </summary>
    private static SqliteCommand MeetingsCommand(SqliteConnection c, MeetingQuery q, bool count)
    {
        var cmd = c.Command("");
        var where = new List<string>();
        var countries = (q.Countries ?? []).Concat(q.Country is null ? [] : [q.Country]).Distinct(StringComparer.Ordinal).ToList();
        var person = q.Participant ?? q.WithPerson;
        var other = q.Participant is not null ? q.WithPerson : null;
        string source, sortDate, sortId;
        if (person is not null)
        {
            (source, sortDate, sortId) = ("attendances d JOIN meetings m ON m.id = d.meeting_id", "d.date", "d.meeting_id");
            where.Add("d.person_id = @person");
            cmd.With("@person", person);
            if (other is not null)
            {
                where.Add("EXISTS (SELECT 1 FROM attendances w WHERE w.meeting_id = d.meeting_id AND w.person_id = @other)");
                cmd.With("@other", other);
            }
            for (var i = 0; i < countries.Count; i++)
            {
                where.Add($"EXISTS (SELECT 1 FROM meeting_countries x{i} WHERE x{i}.meeting_id = d.meeting_id AND x{i}.country_code = @c{i})");
                cmd.With($"@c{i}", countries[i]);
            }
        }
        else if (countries.Count > 0)
        {
            (source, sortDate, sortId) = ("meeting_countries d JOIN meetings m ON m.id = d.meeting_id", "d.date", "d.meeting_id");
            where.Add("d.country_code = @c0");
            cmd.With("@c0", countries[0]);
            for (var i = 1; i < countries.Count; i++)
            {
                where.Add($"EXISTS (SELECT 1 FROM meeting_countries x{i} WHERE x{i}.meeting_id = d.meeting_id AND x{i}.country_code = @c{i})");
                cmd.With($"@c{i}", countries[i]);
            }
        }
        else
        {
            (source, sortDate, sortId) = ("meetings m", "m.date", "m.id");
        }
        AddDateFilter(cmd, where, sortDate, q.From, q.To);
        if (q.Mode is { } mode) { where.Add("m.mode = @mode"); cmd.With("@mode", (int)mode); }
        if (q.Status is { } status) { where.Add("m.status = @status"); cmd.With("@status", (int)status); }
        var desc = q.Order == MeetingOrder.DateDesc;
        if (q.After is not null && !count)
        {
            var key = KeysetCursor.Decode(q.After, "meetings", 2);
            where.Add($"({sortDate}, {sortId}) {(desc ? "<" : ">")} (@afterDate, @afterId)");
            cmd.With("@afterDate", key[0]).With("@afterId", key[1]);
        }
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var dir = desc ? "DESC" : "ASC";
        cmd.CommandText = count
            ? $"SELECT count(*) FROM {source} {filter}"
            : $"SELECT {SqliteRows.MeetingColumns} FROM {source} {filter} ORDER BY {sortDate} {dir}, {sortId} {dir} LIMIT @limit";
        if (!count) cmd.With("@limit", Paging.Limit(q.First));
        return cmd;
    }

    /// <summary>
    /// Inclusive [from, to], by overlap: a month-precision meeting is inside when its month meets the
    /// range. The range on the sort key keeps the index in use ('YYYY-MM' sorts before its days).
    /// </summary>
    private static void AddDateFilter(SqliteCommand cmd, List<string> where, string sortDate,
        EnvoyGraph.Extraction.Facts.PartialDate? from, EnvoyGraph.Extraction.Facts.PartialDate? to)
    {
        if (from is { } f)
        {
            where.Add($"{sortDate} >= @fromMonth AND m.date_end >= @fromStart");
            cmd.With("@fromMonth", f.Start.ToString("yyyy-MM")).With("@fromStart", f.Start.ToString("yyyy-MM-dd"));
        }
        if (to is { } t)
        {
            where.Add($"{sortDate} <= @toEnd AND {sortDate} <> '' AND m.date_start <= @toEnd");
            cmd.With("@toEnd", t.End.ToString("yyyy-MM-dd"));
        }
    }

    public Task<IReadOnlyList<Attendance>> GetAttendancesByMeetingsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken ct = default) =>
        ReadAsync(c => AttendancesAsync(c, meetingIds, ct), ct);

    private static async Task<IReadOnlyList<Attendance>> AttendancesAsync(SqliteConnection c, IEnumerable<string> meetingIds, CancellationToken ct)
    {
        var result = new List<Attendance>();
        foreach (var chunk in meetingIds.Distinct().Chunk(500))
        {
            await using var cmd = c.Command("");
            cmd.CommandText = $"SELECT person_id, meeting_id, role FROM attendances WHERE meeting_id IN ({cmd.InList("m", chunk)}) ORDER BY meeting_id, person_id";
            result.AddRange(await cmd.ListAsync(r => new Attendance(r.GetString(0), r.GetString(1), r.Str(2)), ct));
        }
        return result;
    }

    public Task<IReadOnlyList<Report>> GetReportsByMeetingsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken ct = default) =>
        ByIdsAsync(meetingIds, "m",
            "SELECT meeting_id, article_id, evidence, evidence_offset FROM reports WHERE meeting_id IN ({0}) ORDER BY meeting_id, article_id",
            r => new Report(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3)), ct);
}
