using System.Net;
using System.Xml.Linq;
using EnvoyGraph.Api.Exports;
using EnvoyGraph.Web.Tests.Hosting;

namespace EnvoyGraph.Web.Tests.Exports;

/// <summary>The export endpoints over a SQLite store loaded with the seed articles' facts.</summary>
public class ExportEndpointTests : IAsyncLifetime
{
    private SeededStore seeded = null!;
    private LoopbackApp app = null!;

    public async Task InitializeAsync()
    {
        seeded = await SeededStore.CreateAsync();
        app = await LoopbackApp.StartAsync(seeded.Store);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await seeded.DisposeAsync();
    }

    private async Task<List<Dictionary<string, string>>> CsvRowsAsync(string query = "")
    {
        var response = await app.Http.GetAsync("/export/meetings.csv" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = CsvParser.Parse(await response.Content.ReadAsStringAsync());
        return rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    [Fact]
    public async Task Csv_has_one_row_per_meeting_of_the_seeds_with_their_evidence()
    {
        var rows = await CsvRowsAsync();

        Assert.Equal(["2017-10-18", "2017-10-19", "2020-04-02", "2020-04-08"], rows.Select(r => r["date"]));
        var trilateral = rows[0];
        Assert.Equal(["Joseph Yun", "Kenji Kanasugi", "Lee Do-hoon"], trilateral["participants"].Split("; "));
        Assert.Contains("three-way discussion", trilateral["evidence"]);
        Assert.Equal("Nuke envoys of S. Korea, Japan discuss cooperation on NK issue", trilateral["article_titles"]);
        Assert.Equal("phone", rows[3]["mode"]);
    }

    [Fact]
    public async Task Csv_answers_as_an_attachment_with_the_csv_media_type()
    {
        var response = await app.Http.GetAsync("/export/meetings.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("meetings.csv", response.Content.Headers.ContentDisposition.FileName);
    }

    [Theory]
    [InlineData("?from=2020-01-01", new[] { "2020-04-02", "2020-04-08" })]
    [InlineData("?to=2017-10", new[] { "2017-10-18", "2017-10-19" })]
    [InlineData("?from=2020-04&to=2020-04-05", new[] { "2020-04-02" })]
    [InlineData("?country=US", new[] { "2017-10-18", "2020-04-02" })]
    [InlineData("?country=japan", new[] { "2017-10-18", "2017-10-19", "2020-04-08" })]
    [InlineData("?mode=phone", new[] { "2020-04-02", "2020-04-08" })]
    [InlineData("?country=FR", new string[0])]
    public async Task Filters_are_the_api_filters(string query, string[] dates) =>
        Assert.Equal(dates, (await CsvRowsAsync(query)).Select(r => r["date"]));

    [Fact]
    public async Task Person_filter_takes_a_name()
    {
        var rows = await CsvRowsAsync("?person=Stephen%20Biegun");

        Assert.Equal(["2020-04-02"], rows.Select(r => r["date"]));
    }

    [Theory]
    [InlineData("/export/meetings.csv?from=yesterday", "'from' must be a date YYYY-MM-DD or YYYY-MM, not 'yesterday'")]
    [InlineData("/export/graph.gexf?from=2020-05&to=2020-01", "'from' 2020-05 is after 'to' 2020-01")]
    [InlineData("/export/graph.graphml?country=Atlantis", "'country' 'Atlantis' is not a country in the graph: give an ISO code (KR) or a name (South Korea)")]
    [InlineData("/export/meetings.csv?person=Nobody%20Known", "'person' 'Nobody Known' is neither a person id nor a name in the graph")]
    [InlineData("/export/meetings.csv?mode=telepathy", "'mode' must be in_person, phone, video or unknown, not 'telepathy'")]
    [InlineData("/export/meetings.csv?contry=KR", "'contry' is not a filter: use from, to, country, person, mode, status")]
    [InlineData("/export/meetings.csv?from=2020-01&from=2021-01", "'from' is given 2 times: give it once")]
    public async Task A_bad_filter_gets_400_with_one_line(string url, string message)
    {
        var response = await app.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(message + "\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Gexf_has_the_seed_envoys_and_their_dated_encounters()
    {
        var response = await app.Http.GetAsync("/export/graph.gexf");
        Assert.Equal("application/gexf+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("graph.gexf", response.Content.Headers.ContentDisposition!.FileName);
        var doc = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace x = GexfWriter.Namespace;

        var names = doc.Descendants(x + "node").ToDictionary(n => (string)n.Attribute("id")!, n => (string)n.Attribute("label")!);
        Assert.Equal(["Joseph Yun", "Kenji Kanasugi", "Lee Do-hoon", "Shigeki Takizaki", "Stephen Biegun"], names.Values.Order());
        var edges = doc.Descendants(x + "edge")
            .Select(e => (string.Join(" & ", new[] { names[(string)e.Attribute("source")!], names[(string)e.Attribute("target")!] }.Order()), (string?)e.Attribute("start")))
            .Order()
            .ToList();
        Assert.Equal(
        [
            ("Joseph Yun & Kenji Kanasugi", "2017-10-18"),
            ("Joseph Yun & Lee Do-hoon", "2017-10-18"),
            ("Kenji Kanasugi & Lee Do-hoon", "2017-10-18"),
            ("Kenji Kanasugi & Lee Do-hoon", "2017-10-19"),
            ("Lee Do-hoon & Shigeki Takizaki", "2020-04-08"),
            ("Lee Do-hoon & Stephen Biegun", "2020-04-02"),
        ], edges);
    }

    [Fact]
    public async Task Graphml_with_a_filter_keeps_only_the_matching_encounters()
    {
        var response = await app.Http.GetAsync("/export/graph.graphml?from=2020-01");
        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType!.MediaType);
        var doc = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace g = GraphMlWriter.Namespace;

        var labels = doc.Descendants(g + "node").Select(n => n.Elements(g + "data").Single(d => (string?)d.Attribute("key") == "label").Value).Order();
        Assert.Equal(["Lee Do-hoon", "Shigeki Takizaki", "Stephen Biegun"], labels);
        var dates = doc.Descendants(g + "edge").Select(e => e.Elements(g + "data").Single(d => (string?)d.Attribute("key") == "date").Value).Order();
        Assert.Equal(["2020-04-02", "2020-04-08"], dates);
    }
}
