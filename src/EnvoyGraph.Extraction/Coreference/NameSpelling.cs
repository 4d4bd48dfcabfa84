using System.Text;

namespace EnvoyGraph.Extraction.Coreference;

/// <summary>
/// How a name word sounds rather than how one outlet spells it. Romanisations and transliterations of one
/// name differ mostly in vowels and doubled letters ("Gunn"/"Geon", "Hasan"/"Hassan", "Mohamed"/"Mohammed"):
/// the skeleton keeps the first letter and the consonants, each run of one letter once.
/// </summary>
public static class NameSpelling
{
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

    /// <summary>True when the two words are the same letters or differ only as <see cref="Skeleton"/> allows.</summary>
    public static bool Variants(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || Skeleton(a) == Skeleton(b);
}
