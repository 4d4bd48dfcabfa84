using System.Reflection;
using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Coreference;

namespace EnvoyGraph.Extraction.Lexicons;

/// <summary>
/// The word lists extraction relies on: countries (ISO codes, aliases), international bodies, demonyms,
/// capitals and cities, state institutions, titles, name particles, family-name-first surnames and capitalised non-names.
/// Built once (its matchers are compiled) and shared by every extraction. <see cref="BuiltIn"/> holds the
/// files shipped in <c>Lexicons/*.tsv</c>; <see cref="With"/> adds a user's files on top.
/// </summary>
public sealed partial class Lexicon
{
    /// <summary>File names a lexicon is made of, with their header columns.</summary>
    public static IReadOnlyDictionary<string, string[]> Files { get; } = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["countries.tsv"] = ["name", "code", "aliases"],
        ["bodies.tsv"] = ["name", "code", "aliases"],
        ["demonyms.tsv"] = ["demonym", "country"],
        ["cities.tsv"] = ["city", "country", "capital"],
        ["institutions.tsv"] = ["institution", "country"],
        ["people.tsv"] = ["name", "country"],
        ["titles.tsv"] = ["title", "kind"],
        ["particles.tsv"] = ["particle"],
        ["surnames-first.tsv"] = ["surname"],
        ["non-names.tsv"] = ["word"],
    };

    private static readonly Lazy<Lexicon> builtIn = new(() => Build(ReadBuiltInFiles()));

    /// <summary>The lexicons shipped with EnvoyGraph.</summary>
    public static Lexicon BuiltIn => builtIn.Value;

    private readonly IReadOnlyDictionary<string, TsvTable> tables;
    private readonly Dictionary<string, string> codeByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> nameByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> canonicalByAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Place> placeBySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> countryByPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> countryByFamilyName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> capitalByCountry = new(StringComparer.Ordinal);

    /// <summary>The most words a place name spans (for the longest-first lookup).</summary>
    internal int MaxPlaceWords { get; }
    internal IReadOnlyDictionary<string, string> TitleKinds { get; }
    internal IReadOnlySet<string> TitleWords { get; }
    internal IReadOnlySet<string> Particles { get; }
    internal IReadOnlySet<string> SurnamesFirst { get; }
    internal IReadOnlySet<string> NonNames { get; }

    private Lexicon(IReadOnlyDictionary<string, TsvTable> tables)
    {
        this.tables = tables;
        foreach (var file in new[] { "countries.tsv", "bodies.tsv" })
            foreach (var row in tables[file].Rows)
            {
                var (name, code) = (row[0], row[1]);
                if (file == "countries.tsv" && !CountryCodePattern().IsMatch(code))
                    throw new LexiconException($"{tables[file].File}:{row.Line}: code '{code}' is not an ISO 3166-1 alpha-2 code (two capital letters): '{row.Text}'");
                if (code.Length == 0)
                    throw new LexiconException($"{tables[file].File}:{row.Line}: the code column is empty: '{row.Text}'");
                codeByName[name] = code;
                nameByCode.TryAdd(code, name);
                canonicalByAlias[name] = name;
                var body = file == "bodies.tsv";
                AddPlace(name, new Place(PlaceKind.Country, name, false, IsBody: body));
                foreach (var alias in Split(row[2]))
                {
                    canonicalByAlias.TryAdd(alias, name);
                    AddPlace(alias, new Place(PlaceKind.Country, name, false, IsBody: body));
                }
            }
        var bodies = tables["bodies.tsv"].Rows.Select(r => r[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var row in tables["demonyms.tsv"].Rows)
        {
            var known = Known(tables["demonyms.tsv"], row, row[1]);
            AddPlace(row[0], new Place(PlaceKind.Demonym, known, false, IsBody: bodies.Contains(known)));
        }
        foreach (var row in tables["cities.tsv"].Rows)
        {
            var capital = row[2].ToLowerInvariant() switch
            {
                "yes" => true,
                "no" or "" => false,
                _ => throw new LexiconException($"{tables["cities.tsv"].File}:{row.Line}: capital must be 'yes' or 'no', not '{row[2]}': '{row.Text}'"),
            };
            var country = Known(tables["cities.tsv"], row, row[1]);
            AddPlace(row[0], new Place(PlaceKind.City, country, capital, row[0]));
            if (capital) capitalByCountry.TryAdd(country, row[0]);
        }
        foreach (var row in tables["institutions.tsv"].Rows)
        {
            var institution = new Place(PlaceKind.Institution, Known(tables["institutions.tsv"], row, row[1]), false);
            AddPlace(row[0], institution);
            // Offices of several words are often written in lower case ("assistant secretary of state").
            if (row[0].Contains(' ') && row[0].Any(char.IsLower)) placeBySurface.TryAdd(row[0].ToLowerInvariant(), institution);
        }
        foreach (var row in tables["people.tsv"].Rows)
        {
            var country = Known(tables["people.tsv"], row, row[1]);
            var words = NameSpelling.Words(row[0]);
            if (words.Count < 2)
                throw new LexiconException($"{tables["people.tsv"].File}:{row.Line}: a known person needs a name of at least two words: '{row.Text}'");
            countryByPerson[string.Concat(words)] = country;
            // Family name first ("Xi Jinping" is also written "Jinping Xi" by some outlets, "Kishida Fumio" by others).
            countryByPerson.TryAdd(string.Concat(words.Skip(1).Append(words[0])), country);
            // A family name shared by people of different countries tells nothing on its own.
            var family = words[^1];
            countryByFamilyName[family] = countryByFamilyName.TryGetValue(family, out var seen) && seen != country ? null : country;
        }
        var kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in tables["titles.tsv"].Rows)
        {
            if (row[1] is not ("office" or "honorific" or "envoy"))
                throw new LexiconException($"{tables["titles.tsv"].File}:{row.Line}: kind must be office, honorific or envoy, not '{row[1]}': '{row.Text}'");
            kinds[row[0]] = row[1];
        }
        TitleKinds = kinds;
        TitleWords = kinds.Keys.SelectMany(t => t.Split(' ', '-')).Select(w => w.TrimEnd('.').ToLowerInvariant()).ToHashSet();
        Particles = tables["particles.tsv"].Rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        SurnamesFirst = tables["surnames-first.tsv"].Rows.Select(r => r[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        NonNames = tables["non-names.tsv"].Rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);

        MaxPlaceWords = placeBySurface.Keys.Max(k => k.Split(' ', '-').Length) + 1;
    }

    /// <summary>
    /// The code of a country (ISO 3166-1 alpha-2, e.g. "KR" for "South Korea", "S. Korea" or "ROK") or of an
    /// international body or party (e.g. "UN", "EU", "IAEA", "ASEAN", "AU"); null when the name is unknown.
    /// </summary>
    public string? CountryCode(string nameOrAlias) =>
        canonicalByAlias.TryGetValue(nameOrAlias.Trim(), out var name) && codeByName.TryGetValue(name, out var code) ? code : null;

    /// <summary>The state with this ISO code ("AU" → "Australia", never the African Union); null when none.</summary>
    internal string? StateOfCode(string code) =>
        nameByCode.TryGetValue(code, out var name) && PlaceAt(name) is { IsBody: false } ? name : null;

    /// <summary>The output name ("South Korea") for a code ("KR") or any known name or alias; null when unknown.</summary>
    public string? CountryName(string codeOrAlias)
    {
        var key = codeOrAlias.Trim();
        if (canonicalByAlias.TryGetValue(key, out var name)) return name;
        return nameByCode.TryGetValue(key, out name) ? name : null;
    }

    /// <summary>
    /// A new lexicon: these files' rows added to this one's; a row whose first column (the key) matches an
    /// existing row replaces it. File names must be among <see cref="Files"/>.
    /// </summary>
    /// <exception cref="LexiconException">A file is unknown or malformed; the message names the file and line.</exception>
    public Lexicon With(IEnumerable<LexiconFile> files)
    {
        var merged = tables.ToDictionary(t => t.Key, t => t.Value, StringComparer.OrdinalIgnoreCase);
        var errors = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.Name);
            if (!Files.TryGetValue(name, out var columns))
            {
                errors.Add($"{file.Name}: unknown lexicon file; expected one of {string.Join(", ", Files.Keys)}");
                continue;
            }
            try
            {
                var extra = TsvTable.Parse(file.Name, file.Text, columns);
                var keys = extra.Rows.Select(r => r[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var kept = merged[name].Rows.Where(r => !keys.Contains(r[0]));
                merged[name] = new TsvTable(file.Name, columns, [.. kept, .. extra.Rows]);
            }
            catch (LexiconException e) { errors.Add(e.Message); }
        }
        if (errors.Count > 0) throw new LexiconException(string.Join(Environment.NewLine, errors));
        return new Lexicon(merged);
    }

    internal static Lexicon Build(IEnumerable<LexiconFile> files)
    {
        var tables = new Dictionary<string, TsvTable>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
            tables[Path.GetFileName(file.Name)] = TsvTable.Parse(file.Name, file.Text, Files[Path.GetFileName(file.Name)]);
        foreach (var (name, columns) in Files)
            tables.TryAdd(name, new TsvTable(name, columns, []));
        return new Lexicon(tables);
    }

    /// <summary>The capital of a country (output name), from cities.tsv; null when none is marked.</summary>
    internal string? CapitalOf(string country) => capitalByCountry.GetValueOrDefault(country);

    internal Place? PlaceAt(string surface) =>
        placeBySurface.TryGetValue(surface, out var p) ? p
        // Datelines and headlines write places in capitals ("MANILA —", "ADDIS ABABA –"); short words in
        // capitals are acronyms ("US", "UN") and are listed as such.
        : !surface.Any(char.IsLower) && surface.Count(char.IsLetter) >= 4 && placeBySurface.TryGetValue(TitleCase(surface), out p) ? p
        : null;

    private static string TitleCase(string surface)
    {
        var chars = surface.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is ' ' or '-') chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }

    internal bool IsPlaceWord(string word) => placeBySurface.ContainsKey(word);

    /// <summary>
    /// The country or body of a well-known office holder (people.tsv: "Joe Biden" → "United States"), whatever
    /// the case, accents, hyphens or dots the article writes the name with; null when the name is not listed.
    /// </summary>
    public string? KnownPersonCountry(string name) =>
        countryByPerson.GetValueOrDefault(string.Concat(NameSpelling.Words(name)));

    /// <summary>
    /// The country of the well-known people (people.tsv) with this family name ("Witkoff" → "United States"), when
    /// they all share one; null for a short or shared family name. For a person the article names by family name only.
    /// </summary>
    internal string? KnownFamilyNameCountry(string word)
    {
        var words = NameSpelling.Words(word);
        return words is [{ Length: >= 4 } family] ? countryByFamilyName.GetValueOrDefault(family) : null;
    }

    private void AddPlace(string surface, Place place)
    {
        if (surface.Length == 0) return;
        placeBySurface[surface] = place;
    }

    private string Known(TsvTable table, TsvRow row, string country) =>
        canonicalByAlias.TryGetValue(country, out var name)
            ? name
            : throw new LexiconException($"{table.File}:{row.Line}: '{country}' is not a country or body in countries.tsv or bodies.tsv: '{row.Text}'");

    private static IEnumerable<string> Split(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Embedded resources are part of the assembly, not the file system.
    private static IEnumerable<LexiconFile> ReadBuiltInFiles()
    {
        var assembly = typeof(Lexicon).Assembly;
        const string prefix = "EnvoyGraph.Extraction.Lexicons.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return new LexiconFile(resource[prefix.Length..], reader.ReadToEnd());
        }
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCodePattern();
}

/// <summary><see cref="Institution"/>: a state body or an office only one state has ("CIA", "Kremlin",
/// "External Affairs Minister"); like a demonym, it names the state its people serve.</summary>
internal enum PlaceKind { Country, Demonym, City, Institution }

/// <summary>A place word found in text: what it stands for and, for a city, whether it is a capital.</summary>
/// <param name="IsBody">An international body or non-state party (bodies.tsv), not a state.</param>
internal sealed record Place(PlaceKind Kind, string Country, bool IsCapital, string? City = null, bool IsBody = false);
