using System.Globalization;

namespace EnvoyGraph.Cli.Input;

/// <summary>What a manifest row says about one article file; null where the row leaves it blank.</summary>
public sealed record ManifestEntry(string? Url, string? Outlet, DateOnly? Published);

/// <summary>
/// A crawl manifest kept beside article files (<c>INDEX.tsv</c> or <c>index.tsv</c>): tab-separated, a header
/// row naming the columns (case-insensitive, any order, others ignored): <c>id</c> or <c>file</c> (the article's
/// file name, with or without extension), and any of <c>url</c>, <c>outlet</c>, <c>published</c> (YYYY-MM-DD).
/// Blank cells and <c>null</c> mean "not known".
/// </summary>
public sealed class ArticleManifest
{
    /// <summary>The names a manifest goes by, in the order they are looked for.</summary>
    public static readonly IReadOnlyList<string> FileNames = ["INDEX.tsv", "index.tsv"];

    // A manifest is a list of files, not a corpus: anything this big is not one.
    private const long MaxBytes = 64L << 20;

    private readonly Dictionary<string, ManifestEntry> _entries;

    private ArticleManifest(Dictionary<string, ManifestEntry> entries) => _entries = entries;

    /// <summary>The row for an article file, by its file name or its name without extension.</summary>
    public ManifestEntry? For(string articlePath)
    {
        var name = Path.GetFileName(articlePath);
        return _entries.TryGetValue(name, out var entry) || _entries.TryGetValue(Path.GetFileNameWithoutExtension(name), out entry)
            ? entry : null;
    }

    /// <summary>The manifest file in a folder, or null when it holds none.</summary>
    public static string? FindIn(string folder)
    {
        foreach (var name in FileNames)
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>Reads a manifest; on any defect, null and a problem naming the line ("line 7: ...").</summary>
    public static ArticleManifest? Load(string path, out string? problem)
    {
        problem = null;
        string[] lines;
        try
        {
            if (new FileInfo(path).Length > MaxBytes) { problem = "too large to be a manifest"; return null; }
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read: {e.Message}";
            return null;
        }
        var manifest = Parse(lines, out var line, out var why);
        if (manifest is null) problem = $"line {line}: {why}";
        return manifest;
    }

    /// <summary>Parses the lines of a manifest; on a defect, null with the 1-based line and the reason.</summary>
    public static ArticleManifest? Parse(IReadOnlyList<string> lines, out int line, out string? problem)
    {
        line = 1;
        problem = null;
        if (lines.Count == 0 || string.IsNullOrWhiteSpace(lines[0])) { problem = "no header row (expected columns id or file, url, outlet, published)"; return null; }
        var header = lines[0].TrimStart('\uFEFF').Split('\t').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var key = Array.IndexOf(header, "id") is var i and >= 0 ? i : Array.IndexOf(header, "file");
        if (key < 0) { problem = "the header names no id or file column"; return null; }
        var (url, outlet, published) = (Array.IndexOf(header, "url"), Array.IndexOf(header, "outlet"), Array.IndexOf(header, "published"));

        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        for (var n = 1; n < lines.Count; n++)
        {
            line = n + 1;
            if (string.IsNullOrWhiteSpace(lines[n])) continue;
            var cells = lines[n].Split('\t');
            // Fewer cells than columns is a row whose trailing blanks were trimmed; more means the columns are off.
            if (cells.Length > header.Length) { problem = $"{cells.Length} tab-separated cells but the header has {header.Length} columns"; return null; }
            string? Cell(int column) => column >= 0 && column < cells.Length && Known(cells[column]) is { } v ? v : null;

            var id = Cell(key);
            if (id is null) { problem = $"the {header[key]} cell is empty"; return null; }
            id = Path.GetFileName(id);
            var address = Cell(url);
            if (address is not null && !IsWebAddress(address)) { problem = $"url '{address}' is not an absolute http(s) URL"; return null; }
            DateOnly? day = null;
            if (Cell(published) is { } text)
            {
                if (!TryDay(text, out var d)) { problem = $"published '{text}' is not a date (expected YYYY-MM-DD)"; return null; }
                day = d;
            }
            if (!entries.TryAdd(id, new ManifestEntry(address, Cell(outlet), day))) { problem = $"'{id}' is listed twice"; return null; }
        }
        return new ArticleManifest(entries);
    }

    private static string? Known(string cell)
    {
        var v = cell.Trim();
        return v.Length == 0 || v.Equals("null", StringComparison.OrdinalIgnoreCase) || v is "-" or "n/a" or "N/A" ? null : v;
    }

    // "2019-09-26", or a timestamp that starts with the day ("2019-09-26T08:00:00Z", "2019-09-26 08:00").
    private static bool TryDay(string text, out DateOnly day)
    {
        day = default;
        if (text.Length > 10 && text[10] is not ('T' or ' ')) return false;
        return DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
