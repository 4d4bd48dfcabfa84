namespace EnvoyGraph.Cli.Input;

/// <summary>One thing to read: a file, standard input, or a path that could not be used and why.</summary>
public sealed record ArticleLocation(string Source, bool IsStdin = false, string? Problem = null)
{
    /// <summary>The name standard input goes by in messages and in the facts' <c>source</c>.</summary>
    public const string StdinName = "stdin";
}

/// <summary>Turns the PATH arguments of <c>extract</c>, <c>load</c> and <c>serve --load</c> into the files to read.</summary>
public static class ArticlePaths
{
    /// <summary>The extensions a directory is searched for (a file named explicitly is read whatever its extension).</summary>
    public static readonly IReadOnlyList<string> ArticleExtensions = [".txt", ".html", ".htm", ".md"];

    /// <summary>
    /// Expands the arguments in the order given: <c>-</c> is standard input, a file is itself, a directory is every
    /// article file below it, sorted by path so that runs are repeatable. Unusable paths come back with a problem
    /// instead of stopping the others.
    /// </summary>
    public static IEnumerable<ArticleLocation> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
                yield return new ArticleLocation(ArticleLocation.StdinName, IsStdin: true);
            else if (File.Exists(path))
                yield return new ArticleLocation(path);
            else if (Directory.Exists(path))
            {
                var files = ArticleFilesBelow(path, out var problem);
                if (problem is not null)
                    yield return new ArticleLocation(path, Problem: problem);
                else if (files.Count == 0)
                    yield return new ArticleLocation(path, Problem: $"no articles in this directory (looked for {string.Join(", ", ArticleExtensions)})");
                foreach (var file in files)
                    yield return new ArticleLocation(file);
            }
            else if (path.StartsWith('-'))
                yield return new ArticleLocation(path, Problem: "unknown option (and no file or directory of that name)");
            else
                yield return new ArticleLocation(path, Problem: "no such file or directory");
        }
    }

    private static List<string> ArticleFilesBelow(string root, out string? problem)
    {
        problem = null;
        var files = new List<string>();
        // Our own walk rather than AllDirectories: a symbolic link back up the tree must not loop forever.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        try
        {
            while (pending.Count > 0)
            {
                var dir = pending.Pop();
                var real = new DirectoryInfo(dir).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(dir);
                if (!seen.Add(real)) continue;
                foreach (var file in Directory.EnumerateFiles(dir))
                    if (IsArticleFile(file)) files.Add(file);
                foreach (var sub in Directory.EnumerateDirectories(dir))
                    if (!Path.GetFileName(sub).StartsWith('.')) pending.Push(sub);
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            problem = $"cannot list the directory: {e.Message}";
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsArticleFile(string file) =>
        !Path.GetFileName(file).StartsWith('.')
        && ArticleExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);
}
