using System.Globalization;
using System.Text;

namespace EnvoyGraph.Extraction.Coreference;

/// <summary>
/// How a name word sounds rather than how one outlet spells it. Romanisations and transliterations of one
/// name differ mostly in vowels and doubled letters ("Gunn"/"Geon", "Hasan"/"Hassan", "Mohamed"/"Mohammed"):
/// the skeleton keeps the first letter and the consonants, each run of one letter once.
/// </summary>
public static class NameSpelling
{
    /// <summary>
    /// The words of a name: lower case, accents and inner hyphens/apostrophes/dots removed ("Lee Do-hoon" →
    /// "lee", "dohoon"). Ingest keys persons by them; the lexicon keys its well-known people by them.
    /// </summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch)) current.Append(char.ToLowerInvariant(ch));
            // "Do-hoon", "O'Brien", "S." stay one word: these marks join, they do not separate.
            else if (ch is '-' or '\'' or '’' or '.' or '‐' or '‑') continue;
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    /// <summary>"Gunn" and "Geon" → "gn"; "Mohamed" and "Mohammed" → "mhmd". Accents and case are ignored.</summary>
    public static string Skeleton(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (!char.IsLetter(c)) continue;
            if (folded.Length > 0 && ("aeiouy".Contains(c) || folded[^1] == c)) continue;
            folded.Append(c);
        }
        return folded.ToString();
    }

    /// <summary>
    /// The skeleton of a family name written in one or more words ("Abdul Salam", "Abdeslam" → "abdslm"). The
    /// Arabic article after "Abd" is written "ul", "el", "al", "-es-" or left out, so an "l" right after a
    /// leading "abd" is dropped.
    /// </summary>
    public static string FamilySkeleton(IEnumerable<string> words)
    {
        var skeleton = Skeleton(string.Concat(words));
        return skeleton.StartsWith("abdl", StringComparison.Ordinal) ? "abd" + skeleton[4..] : skeleton;
    }

    /// <summary>True when the two words are the same letters or differ only as <see cref="Skeleton"/> allows.</summary>
    public static bool Variants(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || Skeleton(a) == Skeleton(b);
}
