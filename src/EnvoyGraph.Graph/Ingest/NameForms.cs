using EnvoyGraph.Extraction.Coreference;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>
/// Whether two different written forms can name the same person. Deliberately narrow: sharing a
/// surname is never enough ("Kim Gunn" and "Sung Kim" stay two persons). Callers also require the
/// same known country and a single candidate before they merge on these rules.
/// </summary>
public static class NameForms
{
    /// <summary>
    /// True for "S Jaishankar" ~ "Subrahmanyam Jaishankar" (initial), "Joseph Y. Yun" ~ "Joseph Yun"
    /// (a middle name one form leaves out), "Lee Do-hoon" ~ "Do-hoon Lee" (order), a single word
    /// that is the first or last word of the other form ("Jaishankar", "Morgulov"), and two romanisations
    /// of the same given names beside the same family name ("Kim Gunn" ~ "Kim Geon", "Mohamed Salah" ~
    /// "Mohammed Salah"; see <see cref="NameSpelling"/>).
    /// </summary>
    public static bool Compatible(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        if (string.Concat(a) == string.Concat(b)) return true;
        if (a.Count == 1 || b.Count == 1)
        {
            var (one, many) = a.Count == 1 ? (a[0], b) : (b[0], a);
            return many.Count > 1 && (one == many[0] || one == many[^1]);
        }
        if (a[^1] == b[^1] && WordCompatible(a[0], b[0]) && MiddlesCompatible(a, b)) return true;
        if (a.Count == b.Count && (SpelledAlike(a, b, familyFirst: false) || SpelledAlike(a, b, familyFirst: true))) return true;
        // The same words in another order (family name first or last).
        return a.Count == b.Count && a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal));
    }

    // The family name written alike (last word, or first in family-first order) and every other word a
    // spelling variant of its twin. One-letter words never vary: initials must agree as written.
    private static bool SpelledAlike(IReadOnlyList<string> a, IReadOnlyList<string> b, bool familyFirst)
    {
        var family = familyFirst ? 0 : a.Count - 1;
        if (a[family] != b[family]) return false;
        for (var i = 0; i < a.Count; i++)
            if (i != family && a[i] != b[i] && (a[i].Length < 3 || b[i].Length < 3 || !NameSpelling.Variants(a[i], b[i]))) return false;
        return true;
    }

    private static bool WordCompatible(string x, string y) =>
        x == y || (x.Length == 1 && y.StartsWith(x, StringComparison.Ordinal)) || (y.Length == 1 && x.StartsWith(y, StringComparison.Ordinal));

    // When both forms give middle names, they must agree ("George H. W. Bush" is not "George W. Bush").
    private static bool MiddlesCompatible(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var ma = a.Skip(1).Take(a.Count - 2).ToList();
        var mb = b.Skip(1).Take(b.Count - 2).ToList();
        if (ma.Count == 0 || mb.Count == 0) return true;
        return ma.Count == mb.Count && ma.Zip(mb).All(p => WordCompatible(p.First, p.Second));
    }
}
