using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;

namespace EnvoyGraph.Api.Pages;

/// <summary>
/// Files compiled into this assembly: our page assets (<c>pages/…</c>), the npm bundles copied at build
/// time (<c>vendor/…</c>) and the sample queries (<c>queries/…</c>). Embedding them means
/// <c>envoygraph serve</c>, <c>dotnet run</c> and the test hosts all serve the same bytes from any working
/// directory, and nothing is fetched from elsewhere.
/// </summary>
public static class EmbeddedAssets
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;
    private static readonly ConcurrentDictionary<string, Asset?> Cache = new(StringComparer.Ordinal);

    /// <summary>An embedded file with its bytes, media type and a strong ETag.</summary>
    public sealed record Asset(string Name, byte[] Bytes, string ContentType, string ETag);

    /// <summary>The asset named <paramref name="logicalName"/> (e.g. <c>vendor/graphiql.min.js</c>), or null.</summary>
    public static Asset? Find(string logicalName) => Cache.GetOrAdd(logicalName, Load);

    /// <summary>Logical names under <paramref name="prefix"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string prefix) =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The text of an embedded UTF-8 file; throws when the build did not embed it.</summary>
    public static string ReadText(string logicalName) =>
        Find(logicalName) is { } a
            ? System.Text.Encoding.UTF8.GetString(a.Bytes)
            : throw new InvalidOperationException($"embedded asset '{logicalName}' is missing: rebuild src/EnvoyGraph.Api");

    private static Asset? Load(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name);
        if (stream is null) return null;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes), 0, 12).ToLowerInvariant() + "\"";
        return new Asset(name, bytes, ContentTypeOf(name), etag);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".graphql" => "application/graphql; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };
}
