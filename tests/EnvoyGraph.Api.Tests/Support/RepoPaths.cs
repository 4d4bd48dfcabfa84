namespace EnvoyGraph.Api.Tests.Support;

/// <summary>Files of the repository, found from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EnvoyGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"EnvoyGraph.sln not found above {AppContext.BaseDirectory}");
    }
}
