using EnvoyGraph.Graph.Model;
using Microsoft.Data.Sqlite;

namespace EnvoyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task ApplyAsync(GraphBatch batch, CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var c = await OpenConnectionAsync(ct);
            // NORMAL is durable at every checkpoint and never corrupt in WAL mode; a larger cache keeps index pages of big batches in memory.
            await ExecAsync(c, "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;", ct);
            await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
            await new SqliteBatchWriter(c, tx, ct).WriteAsync(batch);
            await tx.CommitAsync(ct);
        }
        catch (SqliteException e)
        {
            throw Describe(e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Folds the write-ahead log into the database file (e.g. before measuring or copying it).</summary>
    public async Task CheckpointAsync(CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var c = await OpenConnectionAsync(ct);
            await ExecAsync(c, "PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
        catch (SqliteException e)
        {
            throw Describe(e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task<IReadOnlyList<Person>> FindPersonsByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Person>>(async c =>
        {
            var result = new Dictionary<string, Person>(StringComparer.Ordinal);
            foreach (var chunk in nameKeys.Distinct().Chunk(500))
            {
                await using var cmd = c.Command("");
                cmd.CommandText = $"""
                    SELECT {SqliteRows.PersonColumns} FROM persons p
                    WHERE p.id IN (SELECT person_id FROM person_keys WHERE key IN ({cmd.InList("k", chunk)}))
                    """;
                foreach (var p in await cmd.ListAsync(SqliteRows.Person, ct)) result[p.Id] = p;
            }
            return result.Values.ToList();
        }, ct);

    public Task<IReadOnlyList<(Meeting Meeting, IReadOnlyList<string> ParticipantIds)>> FindMeetingsOfPersonsAsync(
        IReadOnlyCollection<string> personIds, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<(Meeting, IReadOnlyList<string>)>>(async c =>
        {
            var meetings = new Dictionary<string, Meeting>(StringComparer.Ordinal);
            foreach (var chunk in personIds.Distinct().Chunk(500))
            {
                await using var cmd = c.Command("");
                cmd.CommandText = $"""
                    SELECT DISTINCT {SqliteRows.MeetingColumns} FROM attendances d JOIN meetings m ON m.id = d.meeting_id
                    WHERE d.person_id IN ({cmd.InList("p", chunk)})
                      AND (m.date = '' OR (m.date_start <= @to AND m.date_end >= @from))
                    """;
                cmd.With("@from", from.ToString("yyyy-MM-dd")).With("@to", to.ToString("yyyy-MM-dd"));
                foreach (var m in await cmd.ListAsync(SqliteRows.Meeting, ct)) meetings[m.Id] = m;
            }
            var participants = (await AttendancesAsync(c, meetings.Keys, ct)).ToLookup(a => a.MeetingId);
            return meetings.Values
                .Select(m => (m, (IReadOnlyList<string>)participants[m.Id].Select(a => a.PersonId).Order(StringComparer.Ordinal).ToList()))
                .ToList();
        }, ct);

    public Task<IReadOnlyList<Article>> GetArticlesForIngestAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        GetArticlesAsync(ids, ct);
}
