using EnvoyGraph.Cli;
using EnvoyGraph.Web.Tests.Hosting;

namespace EnvoyGraph.Web.Tests.Exports;

/// <summary><c>envoygraph export</c>, run in-process as the executable would run it, over a seeded SQLite store.</summary>
public class ExportCommandTests : IAsyncLifetime
{
    private SeededStore seeded = null!;
    private string folder = null!;
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    public async Task InitializeAsync()
    {
        seeded = await SeededStore.CreateAsync();
        folder = Directory.CreateTempSubdirectory("envoygraph-export-").FullName;
    }

    public async Task DisposeAsync()
    {
        await seeded.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private Task<int> RunAsync(params string[] args) =>
        EnvoyGraphCli.RunAsync(args, new CliConsole(output, errors, () => Stream.Null, ErrorIsTerminal: false));

    [Fact]
    public async Task Writes_the_csv_from_the_store_without_http()
    {
        var file = Path.Combine(folder, "meetings.csv");

        var code = await RunAsync("export", "--format", "csv", "--out", file, "--store", seeded.Uri, "--person", "Lee Do-hoon", "--from", "2020-01");

        Assert.Equal(0, code);
        var rows = CsvParser.Parse(await File.ReadAllTextAsync(file));
        Assert.Equal(["2020-04-02", "2020-04-08"], rows.Skip(1).Select(r => r[1]));
        Assert.Equal($"exported 2 meetings to {file} (CSV)", errors.ToString().Trim());
    }

    [Fact]
    public async Task Takes_the_format_from_the_file_extension()
    {
        var file = Path.Combine(folder, "who.gexf");

        Assert.Equal(0, await RunAsync("export", "--out", file, "--store", seeded.Uri));
        Assert.Contains("<gexf", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Refuses_to_overwrite_without_force()
    {
        var file = Path.Combine(folder, "graph.graphml");
        await File.WriteAllTextAsync(file, "keep me");

        var refused = await RunAsync("export", "--out", file, "--store", seeded.Uri);

        Assert.Equal(1, refused);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));
        Assert.Equal($"error: --out: '{file}' exists: add --force to overwrite it", errors.ToString().Trim());

        Assert.Equal(0, await RunAsync("export", "--out", file, "--store", seeded.Uri, "--force"));
        Assert.Contains("<graphml", await File.ReadAllTextAsync(file));
    }

    [Theory]
    [InlineData("--from", "2020-13", "error: --from: must be a date YYYY-MM-DD or YYYY-MM, not '2020-13'")]
    [InlineData("--country", "Atlantis", "error: --country: 'Atlantis' is not a country in the graph: give an ISO code (KR) or a name (South Korea)")]
    [InlineData("--format", "pdf", "error: --format: 'pdf' is not a format: use csv, graphml or gexf")]
    public async Task A_bad_option_is_one_line_and_writes_nothing(string option, string value, string message)
    {
        var file = Path.Combine(folder, "out.csv");

        Assert.Equal(1, await RunAsync("export", "--out", file, "--store", seeded.Uri, option, value));
        Assert.Equal(message, errors.ToString().Trim());
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_missing_store_file_is_named()
    {
        var missing = Path.Combine(folder, "none.db");

        Assert.Equal(1, await RunAsync("export", "--out", Path.Combine(folder, "x.csv"), "--store", "sqlite:" + missing));
        Assert.StartsWith($"error: --store: no store at '{missing}'", errors.ToString().Trim());
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Without_a_format_or_known_extension_says_which_formats_exist()
    {
        Assert.Equal(1, await RunAsync("export", "--out", Path.Combine(folder, "graph.txt"), "--store", seeded.Uri));
        Assert.Contains("add --format csv|graphml|gexf", errors.ToString());
    }
}
