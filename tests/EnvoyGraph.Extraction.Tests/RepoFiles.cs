namespace EnvoyGraph.Extraction.Tests;

/// <summary>Finds files of the repository (the seed articles, the extraction sources) from the test's bin folder.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnvoyGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EnvoyGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
