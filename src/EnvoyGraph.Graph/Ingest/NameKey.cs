using System.Globalization;
using System.Text;
using EnvoyGraph.Extraction.Coreference;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>
/// Case-, accent- and punctuation-insensitive keys of person names, shared by ingest and by every
/// store (which index them). "Lee Do-hoon", "lee dohoon" and "LEE DO HOON" share the exact key
/// <c>n:leedohoon</c>; each name also gives token keys (<c>t:lee</c>, <c>t:dohoon</c>) for its first
/// and last word, so ingest can find the other forms of a name ("S Jaishankar", "Jaishankar").
/// </summary>
public static class NameKey
{
    /// <summary>The words of a name: lower case, accents and inner hyphens/apostrophes/dots removed.</summary>
    public static IReadOnlyList<string> Tokens(string name) => NameSpelling.Words(name);

    /// <summary>The exact key of a name (<c>n:</c> + its words run together), or null when it has no letters.</summary>
    public static string? Exact(string name)
    {
        var tokens = Tokens(name);
        return tokens.Count == 0 ? null : "n:" + string.Concat(tokens);
    }

    /// <summary>The key of one word of a name (<c>t:</c> + the word).</summary>
    public static string Token(string token) => "t:" + token;

    /// <summary>The lower-cased, accent-free name used to sort persons.</summary>
    public static string SortName(string name) => string.Join(' ', Tokens(name));

    /// <summary>Every key a store indexes for a person: exact keys of its name and aliases, and token keys of their first and last words.</summary>
    public static IReadOnlyCollection<string> KeysOf(Person person)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in person.Aliases.Prepend(person.Name))
        {
            var tokens = Tokens(name);
            if (tokens.Count == 0) continue;
            keys.Add("n:" + string.Concat(tokens));
            keys.Add(Token(tokens[0]));
            keys.Add(Token(tokens[^1]));
        }
        return keys;
    }

    /// <summary>A readable id: the name in lower case, words joined by '-' ("Lee Do-hoon" → "lee-do-hoon").</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (ch is '\'' or '’') continue;
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "person" : slug;
    }
}
