using System.Text;
using System.Text.Json;
using EnvoyGraph.Cli.Tests.Support;

namespace EnvoyGraph.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly TestConsole _console = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Directory_gives_one_json_line_per_article_file_sorted_by_path()
    {
        _dir.File("b.txt", Articles.Talks);
        _dir.File("a.md", Articles.Talks);
        _dir.File("sub/c.html", $"<html><body><p>{Articles.Talks}</p></body></html>");
        _dir.File("sub/d.HTM", Articles.Talks);
        _dir.File("notes.pdf", "not an article type");

        var exit = await _console.RunAsync("extract", _dir.Path);

        Assert.Equal(0, exit);
        Assert.Equal("", _console.Error);
        var sources = _console.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).ToArray();
        Assert.Equal(new[] { "a.md", "b.txt", "sub/c.html", "sub/d.HTM" }.Select(_dir.Combine), sources);
    }

    [Fact]
    public async Task Each_line_has_every_contract_field_with_nulls_written()
    {
        var file = _dir.File("one.txt", Articles.Talks);

        await _console.RunAsync("extract", file);

        var line = Assert.Single(_console.OutLines);
        var names = JsonDocument.Parse(line).RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["source", "url", "title", "outlet", "published", "persons", "meetings", "counterparts"], names);
        Assert.Contains("\"url\":null", line);
    }

    [Fact]
    public async Task Apostrophes_and_non_ascii_stay_readable_in_the_json()
    {
        var file = _dir.File("Tomás's talks.txt", Articles.Talks);

        await _console.RunAsync("extract", file);

        Assert.Contains("Tomás's talks.txt", Assert.Single(_console.OutLines));
    }

    [Fact]
    public async Task Dash_reads_the_article_from_standard_input_with_its_url()
    {
        var console = new TestConsole(Articles.Talks);

        var exit = await console.RunAsync("extract", "-", "--url", "https://news.example/oslo-talks");

        Assert.Equal(0, exit);
        var facts = JsonDocument.Parse(Assert.Single(console.OutLines)).RootElement;
        Assert.Equal("stdin", facts.GetProperty("source").GetString());
        Assert.Equal("https://news.example/oslo-talks", facts.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Url_with_several_articles_is_refused_before_any_output()
    {
        _dir.File("a.txt", Articles.Talks);
        _dir.File("b.txt", Articles.Talks);

        var exit = await _console.RunAsync("extract", _dir.Path, "--url", "https://news.example/a");

        Assert.Equal(1, exit);
        Assert.Equal("", _console.Out);
        Assert.Equal("error: --url: names one article, but the paths hold 2; give one file with --url", Assert.Single(_console.ErrorLines));
    }

    [Fact]
    public async Task Url_that_is_not_absolute_is_refused()
    {
        var file = _dir.File("a.txt", Articles.Talks);

        var exit = await _console.RunAsync("extract", file, "--url", "news/a");

        Assert.Equal(1, exit);
        Assert.Equal("error: --url: 'news/a' is not an absolute http(s) URL", Assert.Single(_console.ErrorLines));
    }

    // Issue 2, "Bad input": each case is one line naming the file, the good article is still printed, exit code 1.
    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty file" },
        { "blank.txt", Encoding.UTF8.GetBytes("  \n\t\n"), "empty file (only whitespace)" },
        { "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "binary file (NUL byte at offset 8), not an article" },
        { "latin1.txt", Encoding.Latin1.GetBytes("Réunion à Paris"), "not UTF-8 (byte 0xE9 near offset 1); save the file as UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_file_is_reported_on_one_line_and_the_others_still_extract(string name, byte[] bytes, string reason)
    {
        var bad = _dir.File(name, bytes);
        var good = _dir.File("zz-good.txt", Articles.Talks);

        var exit = await _console.RunAsync("extract", bad, good);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {bad}: {reason}", Assert.Single(_console.ErrorLines));
        Assert.Contains(good, Assert.Single(_console.OutLines));
    }

    [Fact]
    public async Task File_over_the_size_limit_is_refused_without_being_read()
    {
        var big = _dir.Combine("huge.txt");
        using (var stream = File.Create(big))
            stream.SetLength(50L << 20); // sparse: costs no disk, and would be "binary" if it were read
        var good = _dir.File("good.txt", Articles.Talks);

        var exit = await _console.RunAsync("extract", big, good);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {big}: 50 MB is over the size limit of 10 MB (raise it with --max-file-size)", Assert.Single(_console.ErrorLines));
        Assert.Single(_console.OutLines);
    }

    [Fact]
    public async Task Size_limit_is_configurable()
    {
        var file = _dir.File("a.txt", Articles.Talks);

        Assert.Equal(1, await _console.RunAsync("extract", file, "--max-file-size", "100"));
        Assert.Equal($"error: {file}: {Encoding.UTF8.GetByteCount(Articles.Talks)} bytes is over the size limit of 100 bytes (raise it with --max-file-size)", Assert.Single(_console.ErrorLines));

        var roomy = new TestConsole();
        Assert.Equal(0, await roomy.RunAsync("extract", file, "--max-file-size", "1MB"));
    }

    [Fact]
    public async Task Size_limit_that_is_not_a_size_names_the_option()
    {
        var exit = await _console.RunAsync("extract", "x.txt", "--max-file-size", "ten");

        Assert.Equal(1, exit);
        Assert.Equal("error: --max-file-size 'ten' is not a size: use bytes or a number with KB, MB or GB, e.g. 10MB (see 'envoygraph extract --help')",
            Assert.Single(_console.ErrorLines));
    }

    [Fact]
    public async Task Directory_without_articles_is_reported()
    {
        var empty = _dir.Dir("nothing-here");
        _dir.File("nothing-here/readme.pdf", "x");
        var good = _dir.File("good.txt", Articles.Talks);

        var exit = await _console.RunAsync("extract", empty, good);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {empty}: no articles in this directory (looked for .txt, .html, .htm, .md)", Assert.Single(_console.ErrorLines));
        Assert.Single(_console.OutLines);
    }

    [Fact]
    public async Task Path_that_does_not_exist_is_reported()
    {
        var missing = _dir.Combine("missing.txt");
        var good = _dir.File("good.txt", Articles.Talks);

        var exit = await _console.RunAsync("extract", missing, good);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {missing}: no such file or directory", Assert.Single(_console.ErrorLines));
        Assert.Single(_console.OutLines);
    }

    [Fact]
    public async Task Utf16_with_a_byte_order_mark_is_read()
    {
        var file = _dir.File("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Articles.Talks)]);

        Assert.Equal(0, await _console.RunAsync("extract", file));
        Assert.Single(_console.OutLines);
    }

    [Fact]
    public async Task Unknown_command_lists_the_commands()
    {
        var exit = await _console.RunAsync("extrac");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: unknown command 'extrac'; the commands are extract", Assert.Single(_console.ErrorLines));
    }
}
