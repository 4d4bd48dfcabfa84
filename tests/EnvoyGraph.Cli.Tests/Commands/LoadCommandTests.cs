using System.Text;
using EnvoyGraph.Cli.Tests.Support;

namespace EnvoyGraph.Cli.Tests.Commands;

public sealed class LoadCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly TestConsole _console = new();

    public void Dispose() => _dir.Dispose();

    private string Store => "sqlite:" + _dir.Combine("graph.db");

    [Fact]
    public async Task First_load_reports_articles_as_new_and_a_second_as_unchanged()
    {
        _dir.File("articles/a.txt", Articles.Talks);
        _dir.File("articles/b.txt", Articles.FollowUp);

        var first = await _console.RunAsync("load", _dir.Combine("articles"), "--store", Store);
        var again = new TestConsole();
        var second = await again.RunAsync("load", _dir.Combine("articles"), "--store", Store);

        Assert.Equal(0, first);
        Assert.Equal("read 2 articles: 2 new, 0 unchanged, 0 updated, 0 failed", _console.OutLines[0]);
        Assert.Equal(0, second);
        Assert.Equal("read 2 articles: 0 new, 2 unchanged, 0 updated, 0 failed", again.OutLines[0]);
        Assert.Matches(@" now holds \d+ persons?, \d+ meetings?, 2 articles$", again.OutLines[^1]);
    }

    [Fact]
    public async Task Progress_is_plain_lines_on_stderr_when_not_a_terminal()
    {
        _dir.File("articles/a.txt", Articles.Talks);

        await _console.RunAsync("load", _dir.Combine("articles"), "--store", Store);

        Assert.Equal("load: 1/1 articles", _console.ErrorLines[^1]);
    }

    // Issue 2, "Bad input": the summary names each failed file with its reason, the good articles load, exit code 1.
    [Fact]
    public async Task Bad_inputs_are_listed_in_the_summary_and_the_good_article_still_loads()
    {
        var good = _dir.File("articles/good.txt", Articles.Talks);
        var empty = _dir.File("articles/empty.txt", "");
        var binary = _dir.File("articles/binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]);
        var latin1 = _dir.File("articles/latin1.txt", Encoding.Latin1.GetBytes("Délégation"));
        var noArticles = _dir.Dir("no-articles");
        var missing = _dir.Combine("missing.txt");

        var exit = await _console.RunAsync("load", _dir.Combine("articles"), noArticles, missing, "--store", Store);

        Assert.Equal(1, exit);
        Assert.Equal(
        [
            "read 6 articles: 1 new, 0 unchanged, 0 updated, 5 failed",
            $"  failed {binary}: binary file (NUL byte at offset 4), not an article",
            $"  failed {empty}: empty file",
            $"  failed {latin1}: not UTF-8 (byte 0xE9 near offset 1); save the file as UTF-8",
            $"  failed {noArticles}: no articles in this directory (looked for .txt, .html, .htm, .md)",
            $"  failed {missing}: no such file or directory",
        ], _console.OutLines[..6]);
        Assert.DoesNotContain(_console.OutLines, l => l.Contains(good));
    }

    [Fact]
    public async Task File_over_the_size_limit_is_listed_with_the_limit()
    {
        var big = _dir.Combine("articles/big.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(big)!);
        using (var stream = File.Create(big))
            stream.SetLength(50L << 20);
        _dir.File("articles/good.txt", Articles.Talks);

        var exit = await _console.RunAsync("load", _dir.Combine("articles"), "--store", Store, "--max-file-size", "10MB");

        Assert.Equal(1, exit);
        Assert.Equal("read 2 articles: 1 new, 0 unchanged, 0 updated, 1 failed", _console.OutLines[0]);
        Assert.Equal($"  failed {big}: 50 MB is over the size limit of 10 MB (raise it with --max-file-size)", _console.OutLines[1]);
    }

    [Fact]
    public async Task Unknown_store_scheme_is_one_line_naming_the_option()
    {
        var file = _dir.File("a.txt", Articles.Talks);

        var exit = await _console.RunAsync("load", file, "--store", "mysql://db/graph");

        Assert.Equal(1, exit);
        Assert.Equal("", _console.Out);
        var line = Assert.Single(_console.ErrorLines);
        Assert.StartsWith("error: --store: ", line);
        Assert.Contains("'mysql://db/graph'", line);
    }

    [Fact]
    public async Task Batch_size_below_one_is_refused()
    {
        var exit = await _console.RunAsync("load", "a.txt", "--batch-size", "0");

        Assert.Equal(1, exit);
        Assert.Equal("error: --batch-size must be at least 1, not 0 (see 'envoygraph load --help')", Assert.Single(_console.ErrorLines));
    }

    [Fact]
    public async Task Small_batches_load_the_same_articles()
    {
        _dir.File("articles/a.txt", Articles.Talks);
        _dir.File("articles/b.txt", Articles.FollowUp);
        _dir.File("articles/c.txt", Articles.Talks + "\nA later paragraph.");

        var exit = await _console.RunAsync("load", _dir.Combine("articles"), "--store", Store, "--batch-size", "1");

        Assert.Equal(0, exit);
        Assert.Equal("read 3 articles: 3 new, 0 unchanged, 0 updated, 0 failed", _console.OutLines[0]);
    }
}
