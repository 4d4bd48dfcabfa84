using System.Security.Cryptography;
using System.Text;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>
/// Ids that come out the same every time the same input is loaded, so re-loading never duplicates.
/// Persons get readable slugs (<see cref="NameKey.Slug"/>); meetings and articles get short hashes.
/// </summary>
public static class StableIds
{
    /// <summary><c>a-</c> + hash of the URL (trimmed, scheme and host lower-cased, no trailing slash), else of the content hash.</summary>
    public static string Article(string? url, string contentHash) =>
        string.IsNullOrWhiteSpace(url) ? "a-" + Hash("content|" + contentHash) : "a-" + Hash("url|" + NormaliseUrl(url));

    /// <summary><c>m-</c> + hash of the sorted participant ids, the date and the mode.</summary>
    public static string Meeting(IEnumerable<string> participantIds, PartialDate? date, MeetingMode mode) =>
        "m-" + Hash(string.Join(',', participantIds.Order(StringComparer.Ordinal)) + "|" + (date?.ToString() ?? "") + "|" + mode);

    private static string NormaliseUrl(string url)
    {
        url = url.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
            url = uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + uri.PathAndQuery;
        return url.TrimEnd('/');
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
