using System.Text.Json;
using EnvoyGraph.Cli.Tests.Support;

namespace EnvoyGraph.Cli.Tests.Commands;

public sealed class LexiconOptionTests : IDisposable
{
    private const string Article = """
        Envoys meet in Oslo

        Published : Mar 3, 2021 - 10:00
        Freedonian special envoy Rufus Firefly met his Norwegian counterpart Ingrid Solberg in Oslo on Tuesday.
        """;

    private readonly TempDir _dir = new();
    private readonly TestConsole _console = new();

    public void Dispose() => _dir.Dispose();

    private string CountryOf(string line, string person) =>
        JsonDocument.Parse(line).RootElement.GetProperty("persons").EnumerateArray()
            .First(p => p.GetProperty("name").GetString() == person).GetProperty("country").GetString() ?? "(null)";

    [Fact]
    public async Task User_lexicon_adds_a_country_and_its_demonym()
    {
        var article = _dir.File("a.txt", Article);
        _dir.File("lexicon/countries.tsv", "name\tcode\taliases\nFreedonia\tFD\t\n");
        _dir.File("lexicon/demonyms.tsv", "demonym\tcountry\nFreedonian\tFreedonia\n");

        var exit = await _console.RunAsync("extract", article, "--lexicon", _dir.Combine("lexicon"));

        Assert.Equal(0, exit);
        Assert.Equal("Freedonia", CountryOf(Assert.Single(_console.OutLines), "Rufus Firefly"));
    }

    [Fact]
    public async Task Malformed_lexicon_file_is_named_with_its_line_before_any_article_is_read()
    {
        var article = _dir.File("a.txt", Article);
        var titles = _dir.File("lexicon/titles.tsv", "name\tcode\nenvoy\n");

        var exit = await _console.RunAsync("extract", article, "--lexicon", _dir.Combine("lexicon"));

        Assert.Equal(1, exit);
        Assert.Equal("", _console.Out);
        Assert.StartsWith($"error: --lexicon: {titles}:1: ", Assert.Single(_console.ErrorLines));
    }

    [Fact]
    public async Task Lexicon_directory_that_does_not_exist_is_refused()
    {
        var missing = _dir.Combine("nope");

        var exit = await _console.RunAsync("load", _dir.File("a.txt", Article), "--lexicon", missing, "--store", "sqlite:" + _dir.Combine("g.db"));

        Assert.Equal(1, exit);
        Assert.Equal($"error: --lexicon: '{missing}' is not a directory", Assert.Single(_console.ErrorLines));
    }

    [Fact]
    public async Task Lexicon_directory_without_tsv_files_is_refused()
    {
        var empty = _dir.Dir("lexicon");

        var exit = await _console.RunAsync("extract", _dir.File("a.txt", Article), "--lexicon", empty);

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: --lexicon: '{empty}' holds no .tsv files; expected some of countries.tsv", Assert.Single(_console.ErrorLines));
    }
}
