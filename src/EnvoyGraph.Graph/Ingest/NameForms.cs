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
    /// (a middle name one form leaves out), "Lee Do-hoon" ~ "Do-hoon Lee" (order), and a single word
    /// that is the first or last word of the other form ("Jaishankar", "Morgulov").
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
        // The same words in another order (family name first or last).
        return a.Count == b.Count && a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal));
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
