using System.Text;
using EnvoyGraph.Extraction;
using EnvoyGraph.Extraction.Lexicons;

namespace EnvoyGraph.Cli.Input;

/// <summary>
/// <c>--lexicon DIR</c>: a user's TSV files (countries.tsv, titles.tsv, ...) that add to or override the built-in
/// lexicons. Every problem is reported before any article is read.
/// </summary>
public static class LexiconDirectory
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The extractor for <paramref name="directory"/> (the built-in one when null), or null after writing what is wrong.</summary>
    public static ArticleExtractor? CreateExtractor(string? directory, CliConsole console)
    {
        if (directory is null) return ArticleExtractor.Default;
        if (!Directory.Exists(directory))
        {
            console.Problem("--lexicon", $"'{directory}' is not a directory");
            return null;
        }
        var paths = Directory.EnumerateFiles(directory, "*.tsv").Order(StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
        {
            console.Problem("--lexicon", $"'{directory}' holds no .tsv files; expected some of {string.Join(", ", Lexicon.Files.Keys)}");
            return null;
        }
        var files = new List<LexiconFile>();
        var failed = false;
        foreach (var path in paths)
        {
            try
            {
                files.Add(new LexiconFile(path, StrictUtf8.GetString(File.ReadAllBytes(path))));
            }
            catch (DecoderFallbackException)
            {
                console.Problem("--lexicon", $"{path}: not UTF-8; save the file as UTF-8");
                failed = true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Problem("--lexicon", $"{path}: cannot read: {e.Message}");
                failed = true;
            }
        }
        if (failed) return null;
        try
        {
            return ArticleExtractor.Create(Lexicon.BuiltIn.With(files));
        }
        catch (LexiconException e)
        {
            // One line per bad file or line; the message already names the file and line and quotes it.
            foreach (var line in e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                console.Problem("--lexicon", line);
            return null;
        }
    }
}
