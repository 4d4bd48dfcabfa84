using EnvoyGraph.Graph.Ingest;
using EnvoyGraph.Graph.Model;
using Microsoft.Data.Sqlite;
using static EnvoyGraph.Graph.Sqlite.SqliteCommands;

namespace EnvoyGraph.Graph.Sqlite;

/// <summary>
/// Writes one <see cref="GraphBatch"/> inside an open transaction, as upserts with prepared commands
/// whose parameters are reused row after row. Order matters: nodes before edges (foreign keys),
/// merged meetings before the edges that name the survivor, derived tables last.
/// </summary>
internal sealed class SqliteBatchWriter(SqliteConnection c, SqliteTransaction tx, CancellationToken ct)
{
    private readonly HashSet<string> _touchedMeetings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _orphanCandidates = new(StringComparer.Ordinal);
    private readonly List<string> _personsWithNewCountry = [];

    public async Task WriteAsync(GraphBatch batch)
    {
        await RemoveReplacedArticlesAsync(batch.ReplacedArticles);
        await WriteCountriesAsync(batch.Countries);
        await WritePersonsAsync(batch.Persons);
        await WriteArticlesAsync(batch.Articles);
        await WriteMeetingsAsync(batch.Meetings);
        await FoldMergedMeetingsAsync(batch.MergedMeetings);
        await WriteAttendancesAsync(batch.Attendances);
        await WriteReportsAsync(batch.Reports);
        await WriteCounterpartsAsync(batch.Counterparts);
        await WriteRolesAsync(batch.Roles);
        await WriteMentionsAsync(batch.Mentions);
        await DeleteOrphanMeetingsAsync();
        await RefreshDerivedAsync();
    }

    private async Task RemoveReplacedArticlesAsync(IReadOnlyList<string> articleIds)
    {
        if (articleIds.Count == 0) return;
        await using var meetings = c.Prepared(tx, "SELECT meeting_id FROM reports WHERE article_id = @a", "@a");
        await using var reports = c.Prepared(tx, "DELETE FROM reports WHERE article_id = @a", "@a");
        await using var mentions = c.Prepared(tx, "DELETE FROM mentions WHERE article_id = @a", "@a");
        foreach (var id in articleIds)
        {
            meetings.Parameters[0].Value = id;
            foreach (var m in await meetings.ListAsync(r => r.GetString(0), ct)) _orphanCandidates.Add(m);
            await reports.RunAsync(ct, id);
            await mentions.RunAsync(ct, id);
        }
    }

    private async Task WriteCountriesAsync(IReadOnlyList<Country> countries)
    {
        if (countries.Count == 0) return;
        await using var cmd = c.Prepared(tx, """
            INSERT INTO countries (code, name, aliases) VALUES (@code, @name, @aliases)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, aliases = excluded.aliases
            """, "@code", "@name", "@aliases");
        foreach (var x in countries) await cmd.RunAsync(ct, x.Code, x.Name, SqliteRows.WriteList(x.Aliases));
    }

    private async Task WritePersonsAsync(IReadOnlyList<Person> persons)
    {
        if (persons.Count == 0) return;
        await using var old = c.Prepared(tx, "SELECT country_code FROM persons WHERE id = @id", "@id");
        await using var upsert = c.Prepared(tx, """
            INSERT INTO persons (id, name, aliases, country_code, role, sort_name) VALUES (@id, @name, @aliases, @country, @role, @sort)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases,
                country_code = excluded.country_code, role = excluded.role, sort_name = excluded.sort_name
            """, "@id", "@name", "@aliases", "@country", "@role", "@sort");
        await using var dropKeys = c.Prepared(tx, "DELETE FROM person_keys WHERE person_id = @id", "@id");
        await using var addKey = c.Prepared(tx, "INSERT OR IGNORE INTO person_keys (key, person_id) VALUES (@key, @id)", "@key", "@id");
        foreach (var p in persons)
        {
            old.Parameters[0].Value = p.Id;
            var previous = await old.ExecuteScalarAsync(ct);
            var existed = previous is not null;
            if (existed && !Equals(previous is DBNull ? null : (string)previous, p.CountryCode)) _personsWithNewCountry.Add(p.Id);
            await upsert.RunAsync(ct, p.Id, p.Name, SqliteRows.WriteList(p.Aliases), p.CountryCode, p.Role, NameKey.SortName(p.Name));
            if (existed) await dropKeys.RunAsync(ct, p.Id);
            foreach (var key in NameKey.KeysOf(p)) await addKey.RunAsync(ct, key, p.Id);
        }
    }

    private async Task WriteArticlesAsync(IReadOnlyList<Article> articles)
    {
        if (articles.Count == 0) return;
        await using var cmd = c.Prepared(tx, """
            INSERT INTO articles (id, url, title, outlet, outlet_key, published, pub_start, pub_end, source_path, content_hash)
            VALUES (@id, @url, @title, @outlet, @okey, @pub, @ps, @pe, @src, @hash)
            ON CONFLICT (id) DO UPDATE SET url = excluded.url, title = excluded.title, outlet = excluded.outlet,
                outlet_key = excluded.outlet_key, published = excluded.published, pub_start = excluded.pub_start,
                pub_end = excluded.pub_end, source_path = excluded.source_path, content_hash = excluded.content_hash
            """, "@id", "@url", "@title", "@outlet", "@okey", "@pub", "@ps", "@pe", "@src", "@hash");
        foreach (var a in articles)
            await cmd.RunAsync(ct, a.Id, a.Url, a.Title, a.Outlet, a.Outlet?.Trim().ToLowerInvariant(),
                SortKey(a.Published), StartText(a.Published), EndText(a.Published), a.SourcePath, a.ContentHash);
    }

    private async Task WriteMeetingsAsync(IReadOnlyList<Meeting> meetings)
    {
        if (meetings.Count == 0) return;
        await using var cmd = c.Prepared(tx, """
            INSERT INTO meetings (id, date, date_start, date_end, mode, status, format, location)
            VALUES (@id, @date, @start, @end, @mode, @status, @format, @location)
            ON CONFLICT (id) DO UPDATE SET date = excluded.date, date_start = excluded.date_start, date_end = excluded.date_end,
                mode = excluded.mode, status = excluded.status, format = excluded.format, location = excluded.location
            """, "@id", "@date", "@start", "@end", "@mode", "@status", "@format", "@location");
        foreach (var m in meetings)
        {
            await cmd.RunAsync(ct, m.Id, SortKey(m.Date), StartText(m.Date), EndText(m.Date), (int)m.Mode, (int)m.Status, m.Format, m.Location);
            _touchedMeetings.Add(m.Id);
        }
    }

    private async Task FoldMergedMeetingsAsync(IReadOnlyDictionary<string, string> merged)
    {
        if (merged.Count == 0) return;
        await using var attendances = c.Prepared(tx, """
            INSERT OR IGNORE INTO attendances (person_id, meeting_id, role, date)
            SELECT person_id, @new, role, '' FROM attendances WHERE meeting_id = @old
            """, "@old", "@new");
        await using var reports = c.Prepared(tx, """
            INSERT OR IGNORE INTO reports (meeting_id, article_id, evidence, evidence_offset)
            SELECT @new, article_id, evidence, evidence_offset FROM reports WHERE meeting_id = @old
            """, "@old", "@new");
        await using var delete = c.Prepared(tx, "DELETE FROM meetings WHERE id = @old", "@old");
        foreach (var (oldId, newId) in merged)
        {
            if (oldId == newId) continue;
            await attendances.RunAsync(ct, oldId, newId);
            await reports.RunAsync(ct, oldId, newId);
            await delete.RunAsync(ct, oldId);
            _touchedMeetings.Add(newId);
        }
    }

    private async Task WriteAttendancesAsync(IReadOnlyList<Attendance> attendances)
    {
        if (attendances.Count == 0) return;
        await using var cmd = c.Prepared(tx, """
            INSERT INTO attendances (person_id, meeting_id, role, date) VALUES (@p, @m, @role, '')
            ON CONFLICT (meeting_id, person_id) DO UPDATE SET role = coalesce(excluded.role, role)
            """, "@p", "@m", "@role");
        foreach (var a in attendances)
        {
            await cmd.RunAsync(ct, a.PersonId, a.MeetingId, a.Role);
            _touchedMeetings.Add(a.MeetingId);
        }
    }

    private async Task WriteReportsAsync(IReadOnlyList<Report> reports)
    {
        if (reports.Count == 0) return;
        await using var cmd = c.Prepared(tx, """
            INSERT INTO reports (meeting_id, article_id, evidence, evidence_offset) VALUES (@m, @a, @e, @o)
            ON CONFLICT (meeting_id, article_id) DO UPDATE SET evidence = excluded.evidence, evidence_offset = excluded.evidence_offset
            """, "@m", "@a", "@e", "@o");
        foreach (var r in reports) await cmd.RunAsync(ct, r.MeetingId, r.ArticleId, r.Evidence, r.Offset);
    }

    private async Task WriteCounterpartsAsync(IReadOnlyList<Counterpart> counterparts)
    {
        if (counterparts.Count == 0) return;
        await using var cmd = c.Prepared(tx, """
            INSERT INTO counterparts (person_a, person_b, first_seen, last_seen, article_ids) VALUES (@a, @b, @f, @l, @ids)
            ON CONFLICT (person_a, person_b) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen,
                article_ids = excluded.article_ids
            """, "@a", "@b", "@f", "@l", "@ids");
        foreach (var x in counterparts)
        {
            // Stored once per pair, smaller id first, whatever order the caller gave.
            var (a, b) = string.CompareOrdinal(x.PersonA, x.PersonB) <= 0 ? (x.PersonA, x.PersonB) : (x.PersonB, x.PersonA);
            await cmd.RunAsync(ct, a, b, x.FirstSeen?.ToString(), x.LastSeen?.ToString(), SqliteRows.WriteList(x.ArticleIds));
        }
    }

    private async Task WriteRolesAsync(IReadOnlyList<RoleSpan> roles)
    {
        if (roles.Count == 0) return;
        await using var cmd = c.Prepared(tx, """
            INSERT INTO roles (person_id, country_code, title, first_seen, last_seen) VALUES (@p, @c, @t, @f, @l)
            ON CONFLICT (person_id, country_code, title) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen
            """, "@p", "@c", "@t", "@f", "@l");
        foreach (var r in roles) await cmd.RunAsync(ct, r.PersonId, r.CountryCode, r.Title ?? "", r.FirstSeen?.ToString(), r.LastSeen?.ToString());
    }

    private async Task WriteMentionsAsync(IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count == 0) return;
        await using var cmd = c.Prepared(tx, "INSERT OR IGNORE INTO mentions (person_id, article_id) VALUES (@p, @a)", "@p", "@a");
        foreach (var m in mentions) await cmd.RunAsync(ct, m.PersonId, m.ArticleId);
    }

    private async Task DeleteOrphanMeetingsAsync()
    {
        if (_orphanCandidates.Count == 0) return;
        await using var cmd = c.Prepared(tx,
            "DELETE FROM meetings WHERE id = @m AND NOT EXISTS (SELECT 1 FROM reports WHERE meeting_id = @m)", "@m");
        foreach (var m in _orphanCandidates)
            if (await cmd.RunAsync(ct, m) > 0) _touchedMeetings.Remove(m);
    }

    /// <summary>Keeps the copies of meeting dates and participant countries that the read indexes use.</summary>
    private async Task RefreshDerivedAsync()
    {
        if (_personsWithNewCountry.Count > 0)
        {
            await using var ofPerson = c.Prepared(tx, "SELECT meeting_id FROM attendances WHERE person_id = @p", "@p");
            foreach (var p in _personsWithNewCountry)
            {
                ofPerson.Parameters[0].Value = p;
                foreach (var m in await ofPerson.ListAsync(r => r.GetString(0), ct)) _touchedMeetings.Add(m);
            }
        }
        if (_touchedMeetings.Count == 0) return;
        await using var dates = c.Prepared(tx,
            "UPDATE attendances SET date = (SELECT date FROM meetings WHERE id = @m) WHERE meeting_id = @m", "@m");
        await using var dropCountries = c.Prepared(tx, "DELETE FROM meeting_countries WHERE meeting_id = @m", "@m");
        await using var addCountries = c.Prepared(tx, """
            INSERT OR IGNORE INTO meeting_countries (meeting_id, country_code, date)
            SELECT a.meeting_id, p.country_code, m.date
            FROM attendances a JOIN persons p ON p.id = a.person_id JOIN meetings m ON m.id = a.meeting_id
            WHERE a.meeting_id = @m AND p.country_code IS NOT NULL
            """, "@m");
        foreach (var m in _touchedMeetings)
        {
            await dates.RunAsync(ct, m);
            await dropCountries.RunAsync(ct, m);
            await addCountries.RunAsync(ct, m);
        }
    }
}
