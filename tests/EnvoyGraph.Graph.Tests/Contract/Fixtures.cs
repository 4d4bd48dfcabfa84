using System.Text.Json;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Ingest;

namespace EnvoyGraph.Graph.Tests.Contract;

/// <summary>Hand-written article facts for the contract suite (never the extractor's output).</summary>
public static class Fixtures
{
    public static PersonFact P(string name, string? country, string? role = null) => new(name, country, role);

    public static MeetingFact M(string? date, string mode, params string[] participants) =>
        new(participants, date, mode, null, "held", $"{string.Join(" and ", participants)} met ({date ?? "undated"}, {mode}).");

    public static MeetingFact Planned(string? date, params string[] participants) =>
        new(participants, date, "in_person", null, "planned", $"{string.Join(" and ", participants)} will meet.");

    public static ArticleFacts Article(string source, string? published, PersonFact[] persons, MeetingFact[] meetings,
        string[][]? counterparts = null, string? url = null, string? title = null, string? outlet = "Test Wire") =>
        new(source, url, title ?? $"Article {source}", outlet, published, persons, meetings,
            (counterparts ?? []).Select(c => (IReadOnlyList<string>)c).ToList());

    /// <summary>An ingest item whose content hash stands for the whole facts object (so changed facts = changed content).</summary>
    public static IngestItem Item(ArticleFacts facts) => new(facts, ContentHash.Of(JsonSerializer.Serialize(facts)));

    /// <summary>The first seed article (../shared/corpus/dev/001), as its gold facts say.</summary>
    public static ArticleFacts Seed1 { get; } = Article("samples/articles/001.txt", "2017-10-19",
        [P("Lee Do-hoon", "South Korea", "special representative for Korean Peninsula peace and security affairs"),
         P("Kenji Kanasugi", "Japan"), P("Joseph Yun", "United States", "nuclear envoy")],
        [new(["Lee Do-hoon", "Kenji Kanasugi"], "2017-10-19", "in_person", "Seoul", "held",
             "Lee Do-hoon, South Korea's special representative for Korean Peninsula peace and security affairs at the foreign ministry, had the talks with his Japanese counterpart Kenji Kanasugi."),
         new(["Lee Do-hoon", "Kenji Kanasugi", "Joseph Yun"], "2017-10-18", "in_person", null, "held",
             "The talks came a day after they had a three-way discussion also involving US nuclear envoy Joseph Yun.")],
        [["Lee Do-hoon", "Kenji Kanasugi"]], title: "Nuke envoys of S. Korea, Japan discuss cooperation on NK issue", outlet: "Yonhap");

    /// <summary>The second seed article (../shared/corpus/dev/002).</summary>
    public static ArticleFacts Seed2 { get; } = Article("samples/articles/002.txt", "2020-04-08",
        [P("Lee Do-hoon", "South Korea"), P("Shigeki Takizaki", "Japan"),
         P("Stephen Biegun", "United States", "special representative for North Korea and deputy secretary of state")],
        [new(["Lee Do-hoon", "Shigeki Takizaki"], "2020-04-08", "phone", null, "held",
             "The top nuclear envoys of South Korea and Japan held phone talks Wednesday over the North Korean nuclear issue."),
         new(["Lee Do-hoon", "Stephen Biegun"], "2020-04-02", "phone", null, "held",
             "Last Thursday, Lee also held a phone meeting with Stephen Biegun, the US special representative for North Korea.")],
        [["Lee Do-hoon", "Shigeki Takizaki"]], outlet: "Yonhap");
}
