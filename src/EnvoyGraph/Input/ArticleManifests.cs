namespace EnvoyGraph.Cli.Input;

/// <summary>
/// The manifests beside the article files of one run, each folder's read once. A malformed manifest is
/// reported once, as a warning naming its file and line, and its folder is then read without one.
/// </summary>
public sealed class ArticleManifests(Action<string> warn)
{
    private readonly Dictionary<string, ArticleManifest?> _byFolder = new(StringComparer.Ordinal);

    /// <summary>What the manifest in the article file's folder says about it; null when nothing.</summary>
    public ManifestEntry? For(string articlePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(articlePath)) ?? "";
        if (!_byFolder.TryGetValue(folder, out var manifest))
        {
            manifest = null;
            if (ArticleManifest.FindIn(folder) is { } file)
            {
                manifest = ArticleManifest.Load(file, out var problem);
                if (problem is not null)
                    warn($"warning: {ShownPath(file, articlePath)}: {problem}; reading this folder's articles without it");
            }
            _byFolder[folder] = manifest;
        }
        return manifest?.For(articlePath);
    }

    // The manifest named the way the user named the article (relative stays relative).
    private static string ShownPath(string manifest, string articlePath) =>
        Path.Combine(Path.GetDirectoryName(articlePath) ?? "", Path.GetFileName(manifest));
}
