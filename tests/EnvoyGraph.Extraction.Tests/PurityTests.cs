using System.Reflection;
using System.Text.RegularExpressions;

namespace EnvoyGraph.Extraction.Tests;

/// <summary>Extraction is pure: it references no other project of ours, and its code does no I/O and reads no clock.</summary>
public class PurityTests
{
    [Fact]
    public void Extraction_references_only_the_base_library()
    {
        var references = typeof(ArticleExtractor).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"EnvoyGraph.Extraction references {name}"));
    }

    [Fact]
    public void Extraction_code_uses_no_io_network_console_or_clock()
    {
        var forbidden = new Regex(@"\b(?:File|Directory|FileInfo|DirectoryInfo|FileStream|HttpClient|WebClient|Socket|Console|Process|Environment\.(?:GetEnvironmentVariable|CurrentDirectory)|DateTime\.(?:Now|UtcNow|Today)|DateTimeOffset\.(?:Now|UtcNow)|TimeProvider|Stopwatch)\b\s*[.(]");
        var sources = Directory.GetFiles(RepoFiles.PathOf("src/EnvoyGraph.Extraction"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        var offences = sources
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, i, line)))
            .Where(x => forbidden.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepoFiles.Root, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offences);
        Assert.NotEmpty(sources);
    }
}
