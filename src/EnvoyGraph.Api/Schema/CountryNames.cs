using EnvoyGraph.Api.Errors;
using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Ingest;

namespace EnvoyGraph.Api.Schema;

/// <summary>
/// Turns a country argument into an ISO 3166-1 alpha-2 code: a two-letter code is taken as it is
/// ("kr", "U.S." → "KR", "US"); anything longer must be the name or an alias of a stored country,
/// compared case-insensitively, or a name the ingest country table knows. Stored countries are read once per request, only when a name is given.
/// </summary>
public sealed class CountryNames(IGraphReader reader)
{
    private readonly object _gate = new();
    private Task<Dictionary<string, string>>? _codeByName;

    public async Task<string> ToCodeAsync(string argument, string value, CancellationToken ct)
    {
        var key = Normalize(value);
        if (key.Length == 2 && key.All(char.IsAsciiLetter)) return key.ToUpperInvariant();
        Task<Dictionary<string, string>> names;
        lock (_gate) names = _codeByName ??= LoadAsync(ct);
        if ((await names).TryGetValue(key, out var code)) return code;
        // Countries not (yet) in the graph still resolve, so filtering by them gives an empty answer, not an error.
        if (CountryCodes.TryCode(value) is { } known) return known;
        throw ApiError.BadUserInput(
            $"{argument}: unknown country '{value}'; give an ISO 3166-1 alpha-2 code such as \"KR\" or an English name such as \"South Korea\"");
    }

    public async Task<IReadOnlyList<string>> ToCodesAsync(string argument, IEnumerable<string> values, CancellationToken ct)
    {
        var codes = new List<string>();
        foreach (var v in values) codes.Add(await ToCodeAsync(argument, v, ct));
        return codes.Distinct().ToList();
    }

    private async Task<Dictionary<string, string>> LoadAsync(CancellationToken ct)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in await reader.GetCountriesAsync(null, ct))
        {
            map.TryAdd(Normalize(c.Code), c.Code);
            map.TryAdd(Normalize(c.Name), c.Code);
            foreach (var alias in c.Aliases) map.TryAdd(Normalize(alias), c.Code);
        }
        return map;
    }

    // "U.S." and "the United States" name what "US" and "United States" name.
    private static string Normalize(string value)
    {
        var v = value.Trim().Replace(".", "");
        if (v.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) v = v[4..];
        return string.Join(' ', v.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
