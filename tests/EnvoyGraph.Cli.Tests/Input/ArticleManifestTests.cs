using EnvoyGraph.Cli.Input;

namespace EnvoyGraph.Cli.Tests.Input;

public sealed class ArticleManifestTests
{
    private static ArticleManifest Parse(params string[] lines)
    {
        var manifest = ArticleManifest.Parse(lines, out var line, out var problem);
        Assert.True(manifest is not null, $"line {line}: {problem}");
        return manifest!;
    }

    [Fact]
    public void Columns_are_found_by_header_name_in_any_order_and_case()
    {
        var manifest = Parse("Note\tPUBLISHED\tOutlet\tID\tUrl", "a remark\t2019-09-26\tWire\t111\thttps://news.example/111");

        Assert.Equal(new ManifestEntry("https://news.example/111", "Wire", new DateOnly(2019, 9, 26)), manifest.For("corpus/111.txt"));
    }

    [Fact]
    public void File_column_matches_the_file_name_with_its_extension()
    {
        var manifest = Parse("file\toutlet", "sub/story.html\tWire");

        Assert.Equal("Wire", manifest.For("crawl/story.html")?.Outlet);
        Assert.Null(manifest.For("crawl/other.html"));
    }

    [Fact]
    public void Row_with_trimmed_trailing_blanks_is_read()
    {
        var manifest = Parse("id\toutlet\turl\tpublished", "a\tWire");

        Assert.Equal(new ManifestEntry(null, "Wire", null), manifest.For("a.txt"));
    }
}
