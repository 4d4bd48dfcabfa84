using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>
/// Country name → ISO 3166-1 alpha-2, for the names the facts contract uses ("South Korea") and
/// common variants. A stop-gap table until the extraction lexicon exposes its own lookup; names it
/// does not know get a stable pseudo-code ("X-" + name key) rather than being dropped.
/// </summary>
public static class CountryCodes
{
    private static readonly (string Code, string Name, string[] Aliases)[] Table =
    [
        ("KR", "South Korea", ["Republic of Korea", "Korea", "ROK", "S. Korea", "Korea, Republic of"]),
        ("KP", "North Korea", ["DPRK", "Democratic People's Republic of Korea", "N. Korea"]),
        ("JP", "Japan", []), ("CN", "China", ["People's Republic of China", "PRC"]),
        ("US", "United States", ["United States of America", "USA", "U.S.", "US", "America", "U.S.A."]),
        ("RU", "Russia", ["Russian Federation"]), ("GB", "United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]),
        ("FR", "France", []), ("DE", "Germany", []), ("IT", "Italy", []), ("ES", "Spain", []), ("PT", "Portugal", []),
        ("NL", "Netherlands", ["Holland", "The Netherlands"]), ("BE", "Belgium", []), ("CH", "Switzerland", []),
        ("AT", "Austria", []), ("SE", "Sweden", []), ("NO", "Norway", []), ("FI", "Finland", []), ("DK", "Denmark", []),
        ("PL", "Poland", []), ("UA", "Ukraine", []), ("BY", "Belarus", []), ("TR", "Turkey", ["Türkiye", "Turkiye"]),
        ("GR", "Greece", []), ("IE", "Ireland", []), ("CZ", "Czech Republic", ["Czechia"]), ("HU", "Hungary", []),
        ("RO", "Romania", []), ("RS", "Serbia", []), ("IN", "India", []), ("PK", "Pakistan", []), ("BD", "Bangladesh", []),
        ("AF", "Afghanistan", []), ("IR", "Iran", []), ("IQ", "Iraq", []), ("SY", "Syria", []), ("IL", "Israel", []),
        ("PS", "Palestine", []), ("JO", "Jordan", []), ("LB", "Lebanon", []), ("SA", "Saudi Arabia", []),
        ("AE", "United Arab Emirates", ["UAE"]), ("QA", "Qatar", []), ("KW", "Kuwait", []), ("OM", "Oman", []),
        ("EG", "Egypt", []), ("LY", "Libya", []), ("SD", "Sudan", []), ("ET", "Ethiopia", []), ("NG", "Nigeria", []),
        ("ZA", "South Africa", []), ("KE", "Kenya", []), ("MN", "Mongolia", []), ("VN", "Vietnam", ["Viet Nam"]),
        ("TH", "Thailand", []), ("MY", "Malaysia", []), ("SG", "Singapore", []), ("ID", "Indonesia", []),
        ("PH", "Philippines", []), ("MM", "Myanmar", ["Burma"]), ("KH", "Cambodia", []), ("LA", "Laos", []),
        ("TW", "Taiwan", []), ("AU", "Australia", []), ("NZ", "New Zealand", []), ("CA", "Canada", []),
        ("MX", "Mexico", []), ("BR", "Brazil", []), ("AR", "Argentina", []), ("CL", "Chile", []), ("VE", "Venezuela", []),
        ("CU", "Cuba", []), ("KZ", "Kazakhstan", []), ("UZ", "Uzbekistan", []), ("VA", "Holy See", ["Vatican"]),
        ("UN", "United Nations", ["UN", "U.N."]), ("EU", "European Union", ["EU"]),
    ];

    private static readonly Dictionary<string, Country> ByKey = BuildIndex();

    /// <summary>Every country the table knows, in table order.</summary>
    public static IEnumerable<Country> Known => Table.Select(t => new Country(t.Code, t.Name, t.Aliases));

    private static Dictionary<string, Country> BuildIndex()
    {
        var index = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var (code, name, aliases) in Table)
        {
            var country = new Country(code, name, aliases);
            foreach (var n in aliases.Prepend(name).Append(code))
                if (NameKey.Exact(n) is { } key) index.TryAdd(key, country);
        }
        return index;
    }

    /// <summary>The country for a name, alias or alpha-2 code, case- and punctuation-insensitive; null for a blank name.</summary>
    public static Country? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = NameKey.Exact(name);
        if (key is null) return null;
        if (ByKey.TryGetValue(key, out var known)) return known;
        return new Country("X-" + key[2..].ToUpperInvariant(), name.Trim(), []);
    }

    /// <summary>The ISO code for a name, alias or code the table knows; null otherwise.</summary>
    public static string? TryCode(string? name) =>
        name is not null && NameKey.Exact(name) is { } key && ByKey.TryGetValue(key, out var c) ? c.Code : null;
}
