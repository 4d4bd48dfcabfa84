using System.Text.Json;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Neo4j;

/// <summary>
/// How model values are stored in Neo4j and read back from the plain JSON of the transactional API:
/// enums as the words of the facts contract, partial dates as their text ('' for an unknown sort key).
/// </summary>
internal static class Neo4jValues
{
    public static string Mode(MeetingMode mode) => mode switch
    {
        MeetingMode.InPerson => "in_person",
        MeetingMode.Phone => "phone",
        MeetingMode.Video => "video",
        _ => "unknown",
    };

    public static MeetingMode ParseMode(string? text) => text switch
    {
        "in_person" => MeetingMode.InPerson,
        "phone" => MeetingMode.Phone,
        "video" => MeetingMode.Video,
        _ => MeetingMode.Unknown,
    };

    public static string Status(MeetingStatus status) => status == MeetingStatus.Planned ? "planned" : "held";

    public static MeetingStatus ParseStatus(string? text) => text == "planned" ? MeetingStatus.Planned : MeetingStatus.Held;

    /// <summary>The sort key of a date: its text, '' when unknown (sorts first, as in SQLite).</summary>
    public static string SortKey(PartialDate? date) => date?.ToString() ?? "";

    public static string? StartText(PartialDate? date) => date?.Start.ToString("yyyy-MM-dd");
    public static string? EndText(PartialDate? date) => date?.End.ToString("yyyy-MM-dd");

    public static string? Str(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    public static string Str(JsonElement obj, string name) =>
        Str(Prop(obj, name)) ?? throw new InvalidOperationException($"Neo4j returned no '{name}'");

    public static string? OptStr(JsonElement obj, string name) => Str(Prop(obj, name));

    public static int? OptInt(JsonElement obj, string name) =>
        Prop(obj, name) is { ValueKind: JsonValueKind.Number } n ? n.GetInt32() : null;

    public static int Int(JsonElement e) => e.ValueKind == JsonValueKind.Number ? (int)e.GetInt64() : 0;

    public static PartialDate? Date(JsonElement e) =>
        Str(e) is { Length: > 0 } text ? PartialDate.Parse(text) : null;

    public static IReadOnlyList<string> List(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];

    public static JsonElement Prop(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? v : default;

    public static Person Person(JsonElement p) =>
        new(Str(p, "id"), Str(p, "name"), List(Prop(p, "aliases")), OptStr(p, "country"), OptStr(p, "role"));

    public static Meeting Meeting(JsonElement m) =>
        new(Str(m, "id"), Date(Prop(m, "date")), ParseMode(OptStr(m, "mode")), ParseStatus(OptStr(m, "status")),
            OptStr(m, "format") ?? "", OptStr(m, "location"));

    public static Article Article(JsonElement a) =>
        new(Str(a, "id"), OptStr(a, "url"), OptStr(a, "title"), OptStr(a, "outlet"), Date(Prop(a, "published")),
            OptStr(a, "sourcePath"), OptStr(a, "contentHash") ?? "");

    public static Country Country(JsonElement c) => new(Str(c, "code"), Str(c, "name"), List(Prop(c, "aliases")));
}
