using EnvoyGraph.Graph.Model;
using Microsoft.Data.Sqlite;

namespace EnvoyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<Page<Encounter>> QueryEncountersAsync(EncounterQuery query, CancellationToken ct = default) =>
        ReadAsync(async c =>
        {
            await using var cmd = EncountersCommand(c, query, count: false);
            var rows = await cmd.ListAsync(r => new Encounter(r.GetString(2), r.GetString(3), r.GetString(1), r.Date(0)), ct);
            return Paging.ToPage(rows, query.First, e => e,
                e => KeysetCursor.Encode("encounters", SqliteCommands.SortKey(e.Date), e.MeetingId, e.PersonId, e.OtherId));
        }, ct);

    public Task<int> CountEncountersAsync(EncounterQuery query, CancellationToken ct = default) =>
        ReadAsync(async c =>
        {
            await using var cmd = EncountersCommand(c, query with { After = null }, count: true);
            return (int)await cmd.ScalarAsync(ct);
        }, ct);

    /// <summary>
    /// Held meetings only, one row per ordered pair of participants, in (date, meeting, person, other) order.
    /// Driven by the person's attendances, the country's meetings, or all meetings by date.
    /// </summary>
    private static SqliteCommand EncountersCommand(SqliteConnection c, EncounterQuery q, bool count)
    {
        var cmd = c.Command("");
        var where = new List<string> { "m.status = 0" };
        string source, sortDate, sortId;
        if (q.Person is not null)
        {
            (source, sortDate, sortId) = ("attendances a JOIN meetings m ON m.id = a.meeting_id", "a.date", "a.meeting_id");
            where.Add("a.person_id = @person");
            cmd.With("@person", q.Person);
            if (q.Country is not null)
            {
                where.Add("ob.country_code = @country");
                cmd.With("@country", q.Country);
            }
        }
        else if (q.Country is not null)
        {
            (source, sortDate, sortId) = ("meeting_countries d JOIN meetings m ON m.id = d.meeting_id JOIN attendances a ON a.meeting_id = d.meeting_id",
                "d.date", "d.meeting_id");
            where.Add("d.country_code = @country AND pa.country_code = @country");
            cmd.With("@country", q.Country);
        }
        else
        {
            (source, sortDate, sortId) = ("meetings m JOIN attendances a ON a.meeting_id = m.id", "m.date", "m.id");
        }
        source += " JOIN attendances b ON b.meeting_id = a.meeting_id AND b.person_id <> a.person_id";
        if (q.Person is null && q.Country is not null) source += " JOIN persons pa ON pa.id = a.person_id";
        if (q.Person is not null && q.Country is not null) source += " JOIN persons ob ON ob.id = b.person_id";
        AddDateFilter(cmd, where, sortDate, q.From, q.To);
        if (q.After is not null && !count)
        {
            var key = KeysetCursor.Decode(q.After, "encounters", 4);
            where.Add($"({sortDate}, {sortId}, a.person_id, b.person_id) > (@d, @m, @p, @o)");
            cmd.With("@d", key[0]).With("@m", key[1]).With("@p", key[2]).With("@o", key[3]);
        }
        var filter = "WHERE " + string.Join(" AND ", where);
        cmd.CommandText = count
            ? $"SELECT count(*) FROM {source} {filter}"
            : $"SELECT m.date, m.id, a.person_id, b.person_id FROM {source} {filter} ORDER BY {sortDate}, {sortId}, a.person_id, b.person_id LIMIT @limit";
        if (!count) cmd.With("@limit", Paging.Limit(q.First));
        return cmd;
    }
}
