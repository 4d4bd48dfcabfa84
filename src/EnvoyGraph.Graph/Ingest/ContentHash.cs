using System.Security.Cryptography;
using System.Text;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>
/// The hash that says whether an article's text changed: SHA-256 (lower-case hex) of the text with
/// its whitespace normalised (Unicode NFC, runs of whitespace → one space, trimmed), so re-saving a
/// file with other line endings or indentation does not count as new content.
/// The CLI and the ingestArticle mutation compute it the same way through this method.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(ch)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(ch);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
