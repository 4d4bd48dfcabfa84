using EnvoyGraph.Graph.Model;
using Microsoft.Data.Sqlite;

namespace EnvoyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Held meetings per month, the busiest country pairs and envoys in the range (optionally those
    /// involving one country), and whole-store totals.
    /// </summary>
    public Task<Stats> GetStatsAsync(StatsQuery query, CancellationToken ct = default) =>
        ReadAsync(async c =>
        {
            var top = Math.Clamp(query.Top, 0, Paging.MaxPageSize);

            await using var months = StatsCommand(c, query, """
                SELECT substr(m.date, 1, 7), count(*) FROM {0} WHERE {1} AND m.date <> ''
                GROUP BY 1 ORDER BY 1
                """, "meetings m");
            var perMonth = await months.ListAsync(r => new MonthCount(r.GetString(0), r.GetInt32(1)), ct);

            await using var pairs = StatsCommand(c, query, """
                SELECT x.country_code, y.country_code, count(*) FROM {0}
                JOIN meeting_countries x ON x.meeting_id = m.id
                JOIN meeting_countries y ON y.meeting_id = m.id AND x.country_code < y.country_code
                WHERE {1} {2}
                GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT @top
                """, "meetings m", pairCountry: true).With("@top", top);
            var countryPairs = await pairs.ListAsync(r => new CountryPairCount(r.GetString(0), r.GetString(1), r.GetInt32(2)), ct);

            await using var envoys = StatsCommand(c, query, """
                SELECT a.person_id, count(*) FROM {0}
                JOIN attendances a ON a.meeting_id = m.id
                WHERE {1} {3}
                GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT @top
                """, "meetings m", envoyCountry: true).With("@top", top);
            var topEnvoys = await envoys.ListAsync(r => new PersonCount(r.GetString(0), r.GetInt32(1)), ct);

            await using var totals = c.Command("""
                SELECT (SELECT count(*) FROM persons), (SELECT count(*) FROM meetings), (SELECT count(*) FROM articles),
                       (SELECT count(*) FROM countries), (SELECT count(*) FROM counterparts)
                """);
            var t = (await totals.ListAsync(r => new Totals(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), ct))[0];
            return new Stats(perMonth, countryPairs, topEnvoys, t);
        }, ct);

    /// <summary>
    /// Fills a stats template: {0} the meetings source, {1} the held + date (+ country) filter,
    /// {2} a country filter on a pair, {3} a country filter on an envoy.
    /// </summary>
    private static SqliteCommand StatsCommand(SqliteConnection c, StatsQuery q, string template, string source,
        bool pairCountry = false, bool envoyCountry = false)
    {
        var cmd = c.Command("");
        var where = new List<string> { "m.status = 0" };
        AddDateFilter(cmd, where, "m.date", q.From, q.To);
        var pair = "";
        var envoy = "";
        if (q.Country is not null)
        {
            cmd.With("@country", q.Country);
            if (pairCountry) pair = "AND (x.country_code = @country OR y.country_code = @country)";
            else if (envoyCountry) envoy = "AND a.person_id IN (SELECT id FROM persons WHERE country_code = @country)";
            else where.Add("EXISTS (SELECT 1 FROM meeting_countries k WHERE k.meeting_id = m.id AND k.country_code = @country)");
        }
        cmd.CommandText = string.Format(template, source, string.Join(" AND ", where), pair, envoy);
        return cmd;
    }
}
