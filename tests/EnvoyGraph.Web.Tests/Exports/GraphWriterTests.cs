using System.Xml.Linq;
using EnvoyGraph.Api.Exports;

namespace EnvoyGraph.Web.Tests.Exports;

public class GraphWriterTests
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;
    private static readonly XNamespace X = GexfWriter.Namespace;

    private static async Task<XDocument> ExportAsync(ExportFormat format, MeetingPages pages)
    {
        using var output = new MemoryStream();
        await GraphExport.WriteAsync(format, output, pages);
        output.Position = 0;
        return XDocument.Load(output);
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").FirstOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

    private static string? AttValue(XElement element, string key) =>
        element.Element(X + "attvalues")?.Elements(X + "attvalue").FirstOrDefault(a => (string?)a.Attribute("for") == key)?.Attribute("value")?.Value;

    [Fact]
    public async Task Graphml_has_each_person_once_and_an_edge_per_pair_per_meeting()
    {
        var doc = await ExportAsync(ExportFormat.GraphMl, ExportSamples.Pages(ExportSamples.All));
        var graph = doc.Root!.Element(G + "graph")!;

        var nodes = graph.Elements(G + "node").ToDictionary(n => (string)n.Attribute("id")!, n => Data(n, "label"));
        Assert.Equal(new Dictionary<string, string?>
        {
            ["joseph-yun"] = "Joseph Yun", ["kenji-kanasugi"] = "Kenji Kanasugi", ["lee-do-hoon"] = "Lee Do-hoon",
        }, nodes);
        Assert.Equal("undirected", (string?)graph.Attribute("edgedefault"));

        var edges = graph.Elements(G + "edge")
            .Select(e => ((string)e.Attribute("source")!, (string)e.Attribute("target")!, Data(e, "meeting"), Data(e, "date")))
            .ToList();
        Assert.Equal(
        [
            ("joseph-yun", "kenji-kanasugi", "m-tri", "2017-10-18"),
            ("joseph-yun", "lee-do-hoon", "m-tri", "2017-10-18"),
            ("kenji-kanasugi", "lee-do-hoon", "m-tri", "2017-10-18"),
            ("kenji-kanasugi", "lee-do-hoon", "m-bi", "2017-10-19"),
            ("joseph-yun", "lee-do-hoon", "m-month", "2020-04"),
        ], edges);
        Assert.All(graph.Elements(G + "edge").Concat(graph.Elements(G + "node")),
            e => Assert.All(e.Elements(G + "data"), d => Assert.Contains(doc.Root!.Elements(G + "key"), k => (string?)k.Attribute("id") == (string?)d.Attribute("key"))));
    }

    [Fact]
    public async Task Graphml_month_meeting_spans_its_month()
    {
        var doc = await ExportAsync(ExportFormat.GraphMl, ExportSamples.Pages([ExportSamples.MonthOnly]));
        var edge = doc.Descendants(G + "edge").Single();

        Assert.Equal(("2020-04-01", "2020-04-30", "month"), (Data(edge, "start"), Data(edge, "end"), Data(edge, "date_precision")));
        Assert.Equal("video", Data(edge, "mode"));
    }

    [Fact]
    public async Task Gexf_is_dynamic_with_dated_edges_for_the_timeline()
    {
        var doc = await ExportAsync(ExportFormat.Gexf, ExportSamples.Pages(ExportSamples.All));
        var graph = doc.Root!.Element(X + "graph")!;

        Assert.Equal("1.3", (string?)doc.Root.Attribute("version"));
        Assert.Equal(("dynamic", "date"), ((string?)graph.Attribute("mode"), (string?)graph.Attribute("timeformat")));
        var nodes = graph.Element(X + "nodes")!.Elements(X + "node").ToList();
        Assert.Equal(["joseph-yun", "kenji-kanasugi", "lee-do-hoon"], nodes.Select(n => (string)n.Attribute("id")!).Order());
        var lee = nodes.Single(n => (string?)n.Attribute("id") == "lee-do-hoon");
        Assert.Equal(("Lee Do-hoon", "KR", "South Korea"), ((string?)lee.Attribute("label"), AttValue(lee, "country"), AttValue(lee, "country_name")));

        var edges = graph.Element(X + "edges")!.Elements(X + "edge")
            .Select(e => ((string)e.Attribute("source")!, (string)e.Attribute("target")!, (string?)e.Attribute("start"), (string?)e.Attribute("end"), AttValue(e, "meeting")))
            .ToList();
        Assert.Equal(5, edges.Count);
        Assert.Contains(("kenji-kanasugi", "lee-do-hoon", "2017-10-19", "2017-10-19", "m-bi"), edges);
        Assert.Contains(("joseph-yun", "lee-do-hoon", "2020-04-01", "2020-04-30", "m-month"), edges);
        var edgeIds = graph.Descendants(X + "edge").Select(e => (string)e.Attribute("id")!).ToList();
        Assert.Equal(edgeIds.Count, edgeIds.Distinct().Count());
    }

    [Fact]
    public async Task Gexf_undated_meeting_gives_an_edge_without_an_interval()
    {
        var undated = ExportSamples.Bilateral with { Meeting = ExportSamples.Bilateral.Meeting with { Date = null } };
        var doc = await ExportAsync(ExportFormat.Gexf, ExportSamples.Pages([undated]));
        var edge = doc.Descendants(X + "edge").Single();

        Assert.Null(edge.Attribute("start"));
        Assert.Null(edge.Attribute("end"));
        Assert.Null(AttValue(edge, "date"));
    }

    [Theory]
    [InlineData(ExportFormat.GraphMl)]
    [InlineData(ExportFormat.Gexf)]
    public async Task Control_characters_from_articles_do_not_break_the_xml(ExportFormat format)
    {
        var odd = ExportSamples.Bilateral with { Meeting = ExportSamples.Bilateral.Meeting with { Location = "Seo\u0001ul <&> \"x\" \uD800" } };
        var doc = await ExportAsync(format, ExportSamples.Pages([odd]));

        Assert.Contains("Seo\uFFFDul <&> \"x\" \uFFFD", doc.ToString(SaveOptions.DisableFormatting).Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&").Replace("&quot;", "\""));
    }

    [Theory]
    [InlineData(ExportFormat.GraphMl)]
    [InlineData(ExportFormat.Gexf)]
    public async Task Graph_exports_read_nodes_then_edges_and_skip_articles(ExportFormat format)
    {
        var reads = new ExportSamples.Counter();
        var doc = await ExportAsync(format, ExportSamples.Pages(ExportSamples.All, pageSize: 1, reads));

        Assert.Equal(2, reads.Reads);
        Assert.Equal(5, doc.Descendants().Count(e => e.Name.LocalName == "edge"));
    }

    [Theory]
    [InlineData(ExportFormat.GraphMl)]
    [InlineData(ExportFormat.Gexf)]
    public async Task No_meetings_give_an_empty_but_valid_graph(ExportFormat format)
    {
        var doc = await ExportAsync(format, ExportSamples.Pages([]));

        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "node" or "edge");
    }
}
