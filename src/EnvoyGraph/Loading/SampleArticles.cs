namespace EnvoyGraph.Cli.Loading;

/// <summary>
/// Finds the product owner's sample articles that <c>serve</c> loads into an empty store: <c>samples/articles</c>
/// in the current directory or in the enclosing checkout, else the copy in the build output (so the executable
/// works from any directory).
/// </summary>
public static class SampleArticles
{
    public const string RelativeDirectory = "samples/articles";

    /// <summary>The directory, as a path relative to the current directory when it lies below it; null when none exists.</summary>
    public static string? Find(string? currentDirectory = null, string? baseDirectory = null)
    {
        var cwd = currentDirectory ?? Directory.GetCurrentDirectory();
        foreach (var candidate in Candidates(cwd, baseDirectory ?? AppContext.BaseDirectory))
        {
            if (!Directory.Exists(candidate)) continue;
            var relative = Path.GetRelativePath(cwd, candidate);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? candidate : relative;
        }
        return null;
    }

    private static IEnumerable<string> Candidates(string cwd, string baseDirectory)
    {
        yield return Path.Combine(cwd, RelativeDirectory);
        // Inside the checkout (e.g. in src/EnvoyGraph): the repository root is the folder with the solution file.
        for (var dir = new DirectoryInfo(cwd).Parent; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EnvoyGraph.sln")))
            {
                yield return Path.Combine(dir.FullName, RelativeDirectory);
                break;
            }
        }
        yield return Path.Combine(baseDirectory, RelativeDirectory);
    }
}
