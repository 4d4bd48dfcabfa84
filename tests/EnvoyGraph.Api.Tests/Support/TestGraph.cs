using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Ingest;
using EnvoyGraph.Graph.Sqlite;

namespace EnvoyGraph.Api.Tests.Support;

/// <summary>
/// A fresh SQLite store in a temporary file, loaded through the real ingestor with facts written
/// here by hand: the two seed articles as their gold files say, plus test articles of our own.
/// </summary>
public sealed class TestGraph : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "envoygraph-api-tests", Guid.NewGuid().ToString("n"));

    private TestGraph(IGraphStore store) => Store = store;

    public IGraphStore Store { get; }

    /// <summary>A store holding <see cref="Seeds"/> and <see cref="OwnArticles"/>.</summary>
    public static Task<TestGraph> StandardAsync() => CreateAsync([.. Seeds, .. OwnArticles]);

    public static async Task<TestGraph> CreateAsync(IEnumerable<ArticleFacts> articles)
    {
        var graph = new TestGraph(null!);
        var store = await SqliteGraphStore.OpenAsync(Path.Combine(graph._directory, "graph.db"));
        graph = new TestGraph(store) { };
        await new ArticleIngestor(store).IngestAsync(articles.Select(a => new IngestItem(a, ContentHash.Of(a.Source + a.Title))).ToList());
        return graph;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { } // a file still held open only leaves a temp file behind
    }

    public static PersonFact P(string name, string? country, string? role = null) => new(name, country, role);

    public static MeetingFact M(string? date, string mode, string? location, string status, string evidence, params string[] participants) =>
        new(participants, date, mode, location, status, evidence);

    public static ArticleFacts Article(string source, string? url, string title, string outlet, string published,
        PersonFact[] persons, MeetingFact[] meetings, params string[][] counterparts) =>
        new(source, url, title, outlet, published, persons, meetings, counterparts.Select(c => (IReadOnlyList<string>)c).ToList());

    /// <summary>The two seed articles (samples/articles/001.txt and 002.txt), as their gold facts say.</summary>
    public static ArticleFacts[] Seeds { get; } =
    [
        Article("samples/articles/001.txt", "https://en.yna.co.kr/view/AEN20171019003400315", "Nuke envoys of S. Korea, Japan discuss cooperation on NK issue", "Yonhap", "2017-10-19",
            [P("Lee Do-hoon", "South Korea", "special representative for Korean Peninsula peace and security affairs"), P("Kenji Kanasugi", "Japan"), P("Joseph Yun", "United States", "nuclear envoy")],
            [M("2017-10-19", "in_person", "Seoul", "held", "Lee Do-hoon had the talks with his Japanese counterpart Kenji Kanasugi.", "Lee Do-hoon", "Kenji Kanasugi"),
             M("2017-10-18", "in_person", null, "held", "The talks came a day after they had a three-way discussion also involving US nuclear envoy Joseph Yun.", "Lee Do-hoon", "Kenji Kanasugi", "Joseph Yun")],
            ["Lee Do-hoon", "Kenji Kanasugi"]),
        Article("samples/articles/002.txt", null, "S. Korea, Japan nuclear envoys hold phone talks", "Yonhap", "2020-04-08",
            [P("Lee Do-hoon", "South Korea"), P("Shigeki Takizaki", "Japan"), P("Stephen Biegun", "United States", "special representative for North Korea")],
            [M("2020-04-08", "phone", null, "held", "The top nuclear envoys of South Korea and Japan held phone talks Wednesday.", "Lee Do-hoon", "Shigeki Takizaki"),
             M("2020-04-02", "phone", null, "held", "Last Thursday, Lee also held a phone meeting with Stephen Biegun.", "Lee Do-hoon", "Stephen Biegun")],
            ["Lee Do-hoon", "Shigeki Takizaki"]),
    ];

    /// <summary>Articles written for these tests: another report of a seed meeting, a planned meeting, a month-dated video call, China.</summary>
    public static ArticleFacts[] OwnArticles { get; } =
    [
        Article("test/second-report.txt", "https://example.test/news/second-report", "Envoys of Seoul and Tokyo meet again", "Test Wire", "2020-04-09",
            [P("Lee Do-hoon", "South Korea"), P("Shigeki Takizaki", "Japan")],
            [M("2020-04-08", "phone", null, "held", "Lee Do-hoon spoke by phone with Shigeki Takizaki on Wednesday.", "Lee Do-hoon", "Shigeki Takizaki")]),
        Article("test/planned.txt", "https://example.test/news/planned", "Korean and American envoys to meet in Washington", "Test Wire", "2021-05-20",
            [P("Noh Kyu-duk", "South Korea"), P("Sung Kim", "United States", "special representative for North Korea")],
            [M("2021-05-27", "in_person", "Washington", "planned", "Noh Kyu-duk will meet Sung Kim in Washington next week.", "Noh Kyu-duk", "Sung Kim"),
             M("2021-05", "video", null, "held", "The two held a video call earlier this month.", "Noh Kyu-duk", "Sung Kim")],
            ["Noh Kyu-duk", "Sung Kim"]),
        Article("test/china.txt", "https://example.test/news/china", "Chinese envoy meets Biegun", "Daily Test", "2019-12-20",
            [P("Luo Zhaohui", "China", "vice foreign minister"), P("Stephen Biegun", "United States")],
            [M("2019-12-19", "in_person", "Beijing", "held", "Stephen Biegun met Chinese Vice Foreign Minister Luo Zhaohui in Beijing on Thursday.", "Stephen Biegun", "Luo Zhaohui")]),
    ];
}
