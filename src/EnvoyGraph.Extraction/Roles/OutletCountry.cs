using EnvoyGraph.Extraction.Lexicons;

namespace EnvoyGraph.Extraction.Roles;

/// <summary>
/// The country an outlet writes from, as its address says: a country-code domain ("yna.co.kr", "abc.net.au") or a
/// country edition of an international site ("au.news.yahoo.com"). A national paper names its own officials
/// without a nationality ("Opposition Leader X", "Senator Y"), so this is a last hint for people the text ties to
/// no country. Only a country the article names counts: generic domains (".tv", ".io") and language editions
/// ("en.", "fr.") then say nothing.
/// </summary>
internal static class OutletCountry
{
    public static string? Of(Lexicon lexicon, string? url, IEnumerable<string> named)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var labels = uri.Host.Split('.');
        var codes = new List<string>();
        if (labels.Length >= 2 && labels[^1].Length == 2) codes.Add(labels[^1]);
        if (labels.Length >= 3 && labels[0].Length == 2) codes.Add(labels[0]);
        // Domains use "uk" where ISO 3166 has "GB".
        var countries = codes.Select(c => c.Equals("uk", StringComparison.OrdinalIgnoreCase) ? "GB" : c.ToUpperInvariant())
            .Select(lexicon.StateOfCode).OfType<string>().ToList();
        var inText = named.ToHashSet();
        return countries.FirstOrDefault(inText.Contains);
    }
}
