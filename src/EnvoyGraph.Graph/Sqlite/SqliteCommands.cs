using EnvoyGraph.Extraction.Facts;
using Microsoft.Data.Sqlite;

namespace EnvoyGraph.Graph.Sqlite;

/// <summary>Small helpers for building commands and reading values.</summary>
internal static class SqliteCommands
{
    public static SqliteCommand Command(this SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    public static SqliteCommand With(this SqliteCommand cmd, string name, object? value)
    {
        cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    /// <summary>Adds <c>@{prefix}0..n</c> parameters and returns "@p0,@p1,..." for an IN list.</summary>
    public static string InList(this SqliteCommand cmd, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var v in values)
        {
            var name = $"@{prefix}{names.Count}";
            cmd.Parameters.AddWithValue(name, v);
            names.Add(name);
        }
        return names.Count == 0 ? "NULL" : string.Join(',', names);
    }

    /// <summary>A prepared command whose parameters are reused for every row of a batch.</summary>
    public static SqliteCommand Prepared(this SqliteConnection c, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var cmd = c.Command(sql, tx);
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter(p, null));
        cmd.Prepare();
        return cmd;
    }

    public static async Task<int> RunAsync(this SqliteCommand cmd, CancellationToken ct, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public static string? Str(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static PartialDate? Date(this SqliteDataReader r, int i) =>
        r.IsDBNull(i) || r.GetString(i).Length == 0 ? null : PartialDate.Parse(r.GetString(i));

    /// <summary>The sort key of a date: its text, '' when unknown (sorts first).</summary>
    public static string SortKey(PartialDate? date) => date?.ToString() ?? "";

    public static string? StartText(PartialDate? date) => date?.Start.ToString("yyyy-MM-dd");
    public static string? EndText(PartialDate? date) => date?.End.ToString("yyyy-MM-dd");

    public static async Task<List<T>> ListAsync<T>(this SqliteCommand cmd, Func<SqliteDataReader, T> map, CancellationToken ct)
    {
        var list = new List<T>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(map(r));
        return list;
    }

    public static async Task<long> ScalarAsync(this SqliteCommand cmd, CancellationToken ct) =>
        Convert.ToInt64(await cmd.ExecuteScalarAsync(ct) ?? 0L);
}
