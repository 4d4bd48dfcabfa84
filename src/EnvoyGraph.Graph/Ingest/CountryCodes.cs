using EnvoyGraph.Extraction.Lexicons;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>
/// Country name → code through the extraction lexicon (Lexicons/countries.tsv and bodies.tsv): ISO
/// 3166-1 alpha-2 for countries ("South Korea", "ROK", "KR" → KR), short codes for bodies ("UN").
/// A name the lexicon does not know gets a stable pseudo-code (<c>X-</c> + its letters) rather than
/// being dropped, so its envoys still group together.
/// </summary>
public static class CountryCodes
{
    private static readonly string[] CommonCodes =
    [
        "KR", "KP", "JP", "CN", "US", "RU", "GB", "FR", "DE", "IT", "ES", "NL", "BE", "CH", "SE", "NO", "FI", "PL", "UA", "TR",
        "IN", "PK", "IR", "IQ", "IL", "SA", "AE", "QA", "EG", "ZA", "NG", "MN", "VN", "TH", "ID", "PH", "AU", "CA", "MX", "BR",
    ];

    /// <summary>Forty countries often in diplomatic news, the Koreas, Japan, China and the US first (synthetic graphs use them).</summary>
    public static IEnumerable<Country> Known => CommonCodes.Select(code => Resolve(code)!);

    /// <summary>The country for a name, alias or code; null for a blank name.</summary>
    public static Country? Resolve(string? name, Lexicon? lexicon = null)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        lexicon ??= Lexicon.BuiltIn;
        name = name.Trim();
        var code = lexicon.CountryCode(name);
        if (code is null && name.Length == 2 && lexicon.CountryName(name.ToUpperInvariant()) is not null) code = name.ToUpperInvariant();
        if (code is not null)
        {
            var canonical = lexicon.CountryName(code) ?? name;
            // No aliases: the lexicon is where a country's other names live, and a stored node must not change with the wording of an article.
            return new Country(code, canonical, []);
        }
        var key = NameKey.Exact(name);
        return key is null ? null : new Country("X-" + key[2..].ToUpperInvariant(), name, []);
    }

    /// <summary>The code for a known name, alias or code; null when the lexicon does not know it.</summary>
    public static string? TryCode(string? name, Lexicon? lexicon = null) =>
        Resolve(name, lexicon) is { } c && !c.Code.StartsWith("X-", StringComparison.Ordinal) ? c.Code : null;
}
