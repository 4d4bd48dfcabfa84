using EnvoyGraph.Cli.Loading;
using EnvoyGraph.Cli.Tests.Support;

namespace EnvoyGraph.Cli.Tests.Loading;

public sealed class SampleArticlesTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Samples_in_the_current_directory_are_named_relative_to_it()
    {
        _dir.File("samples/articles/001.txt", Articles.Talks);

        Assert.Equal(Path.Combine("samples", "articles"), SampleArticles.Find(_dir.Path, _dir.Combine("nowhere")));
    }

    [Fact]
    public void Inside_the_checkout_the_samples_of_its_root_are_found()
    {
        _dir.File("EnvoyGraph.sln", "");
        _dir.File("samples/articles/001.txt", Articles.Talks);
        var inside = _dir.Dir("src/EnvoyGraph");

        Assert.Equal(_dir.Combine("samples/articles"), SampleArticles.Find(inside, _dir.Combine("nowhere")));
    }

    [Fact]
    public void Elsewhere_the_copy_beside_the_executable_is_used()
    {
        var elsewhere = _dir.Dir("elsewhere");
        _dir.File("bin/samples/articles/001.txt", Articles.Talks);

        Assert.Equal(_dir.Combine("bin/samples/articles"), SampleArticles.Find(elsewhere, _dir.Combine("bin")));
    }

    [Fact]
    public void Build_output_holds_a_copy_of_the_samples() =>
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "samples", "articles", "001.txt")));
}
