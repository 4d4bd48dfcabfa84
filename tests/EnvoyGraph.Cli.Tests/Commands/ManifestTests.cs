using System.Text.Json;
using EnvoyGraph.Cli.Tests.Support;
using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Stores;

namespace EnvoyGraph.Cli.Tests.Commands;

/// <summary>A crawl manifest (INDEX.tsv) beside the article files gives each article its url, outlet and day.</summary>
public sealed class ManifestTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly TestConsole _console = new();

    public void Dispose() => _dir.Dispose();

    private JsonElement Only() => JsonDocument.Parse(Assert.Single(_console.OutLines)).RootElement;

    [Fact]
    public async Task Manifest_row_gives_the_article_its_url_outlet_and_publication_day()
    {
        _dir.File("crawl/oslo.txt", Articles.Undated);
        _dir.File("crawl/INDEX.tsv", "id\turl\toutlet\tpublished\nOSLO\thttps://news.example/x\tWrong row\t2020-01-01\noslo\thttps://news.example/2021/oslo-talks\tNordic Wire\t2021-03-10\n");

        var exit = await _console.RunAsync("extract", _dir.Combine("crawl"));

        Assert.Equal(0, exit);
        Assert.Equal("", _console.Error);
        var facts = Only();
        Assert.Equal("https://news.example/2021/oslo-talks", facts.GetProperty("url").GetString());
        Assert.Equal("Nordic Wire", facts.GetProperty("outlet").GetString());
        Assert.Equal("2021-03-10", facts.GetProperty("published").GetString());
        // "on Tuesday" is read against the manifest's day: the Tuesday before Wednesday 10 March 2021.
        Assert.Equal("2021-03-09", facts.GetProperty("meetings")[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task Manifest_day_wins_over_the_date_the_page_prints()
    {
        _dir.File("a.txt", Articles.Talks);
        _dir.File("index.tsv", "Published\tFile\n2021-03-10T06:00:00Z\ta.txt\n");

        await _console.RunAsync("extract", _dir.Combine("a.txt"));

        Assert.Equal("2021-03-10", Only().GetProperty("published").GetString());
    }

    [Fact]
    public async Task Blank_or_null_cells_leave_the_page_to_say()
    {
        _dir.File("a.txt", Articles.Talks);
        _dir.File("INDEX.tsv", "id\turl\toutlet\tpublished\na\t\tnull\tnull\n");

        await _console.RunAsync("extract", _dir.Combine("a.txt"));

        var facts = Only();
        Assert.Equal("2021-03-03", facts.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, facts.GetProperty("url").ValueKind);
    }

    [Fact]
    public async Task Url_option_wins_over_the_manifest_url()
    {
        _dir.File("a.txt", Articles.Talks);
        _dir.File("INDEX.tsv", "id\turl\na\thttps://news.example/from-manifest\n");

        await _console.RunAsync("extract", _dir.Combine("a.txt"), "--url", "https://news.example/from-option");

        Assert.Equal("https://news.example/from-option", Only().GetProperty("url").GetString());
    }

    [Fact]
    public async Task Manifest_in_another_folder_does_not_apply()
    {
        _dir.File("INDEX.tsv", "id\tpublished\na\t2022-05-05\n");
        _dir.File("sub/a.txt", Articles.Talks);

        await _console.RunAsync("extract", _dir.Combine("sub"));

        Assert.Equal("2021-03-03", Only().GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("url\tpublished\nhttps://news.example/a\t2021-03-10\n", "line 1: the header names no id or file column")]
    [InlineData("id\tpublished\nother\t2021-03-10\na\tMarch 10\n", "line 3: published 'March 10' is not a date (expected YYYY-MM-DD)")]
    [InlineData("id\turl\na\tnews.example/a\n", "line 2: url 'news.example/a' is not an absolute http(s) URL")]
    [InlineData("id\tpublished\na\t2021-03-10\textra\n", "line 2: 3 tab-separated cells but the header has 2 columns")]
    [InlineData("id\tpublished\na\t2021-03-10\n\na\t2021-03-11\n", "line 4: 'a' is listed twice")]
    public async Task Malformed_manifest_is_one_warning_naming_file_and_line_and_the_articles_still_extract(string manifest, string problem)
    {
        _dir.File("a.txt", Articles.Talks);
        _dir.File("b.txt", Articles.FollowUp);
        _dir.File("INDEX.tsv", manifest);

        var exit = await _console.RunAsync("extract", _dir.Path);

        Assert.Equal(0, exit);
        Assert.Equal($"warning: {_dir.Combine("INDEX.tsv")}: {problem}; reading this folder's articles without it", Assert.Single(_console.ErrorLines));
        Assert.Equal(2, _console.OutLines.Length);
        Assert.Equal("2021-03-03", JsonDocument.Parse(_console.OutLines[0]).RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public async Task Load_stores_the_manifest_metadata_with_the_article()
    {
        _dir.File("crawl/oslo.txt", Articles.Undated);
        _dir.File("crawl/INDEX.tsv", "id\turl\toutlet\tpublished\noslo\thttps://news.example/2021/oslo-talks\tNordic Wire\t2021-03-10\n");
        var store = "sqlite:" + _dir.Combine("graph.db");

        var exit = await _console.RunAsync("load", _dir.Combine("crawl"), "--store", store);

        Assert.Equal(0, exit);
        await using var graph = await GraphStores.OpenAsync(store);
        var article = Assert.Single((await graph.QueryArticlesAsync(new ArticleQuery())).Items);
        Assert.Equal(("https://news.example/2021/oslo-talks", "Nordic Wire", "2021-03-10"), (article.Url, article.Outlet, article.Published?.ToString()));
    }
}
