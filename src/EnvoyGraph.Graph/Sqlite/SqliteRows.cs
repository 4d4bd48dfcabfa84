using System.Text.Json;
using EnvoyGraph.Graph.Model;
using Microsoft.Data.Sqlite;

namespace EnvoyGraph.Graph.Sqlite;

/// <summary>Column lists and row → record mapping, in one place for every query.</summary>
internal static class SqliteRows
{
    public const string PersonColumns = "p.id, p.name, p.aliases, p.country_code, p.role";
    public const string MeetingColumns = "m.id, m.date, m.mode, m.status, m.format, m.location";
    public const string ArticleColumns = "a.id, a.url, a.title, a.outlet, a.published, a.source_path, a.content_hash";

    public static Person Person(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), ReadList(r.GetString(2)), r.Str(3), r.Str(4));

    public static Meeting Meeting(SqliteDataReader r) =>
        new(r.GetString(0), r.Date(1), (MeetingMode)r.GetInt32(2), (MeetingStatus)r.GetInt32(3), r.GetString(4), r.Str(5));

    public static Article Article(SqliteDataReader r) =>
        new(r.GetString(0), r.Str(1), r.Str(2), r.Str(3), r.Date(4), r.Str(5), r.GetString(6));

    public static string WriteList(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    public static IReadOnlyList<string> ReadList(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
