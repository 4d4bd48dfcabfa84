using System.Text.RegularExpressions;
using EnvoyGraph.Extraction.Reading;

namespace EnvoyGraph.Extraction.Sentences;

/// <summary>
/// Second stage: paragraphs become sentences. A sentence ends at . ! or ? (and any closing quote) before
/// a capital, digit or opening quote, except after an abbreviation or an initial ("Oct. 19", "U.S. envoy",
/// "S. Korea", "Mr. Kim").
/// </summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "capt", "sgt", "prof", "sen", "rep", "gov",
        "amb", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "inc",
        "co", "corp", "ltd", "mt", "ft", "ave", "fig", "vol", "pp", "ref", "est", "maj", "adm", "cmdr", "hon", "rev",
    };

    public static IReadOnlyList<Sentence> Split(IReadOnlyList<Paragraph> paragraphs)
    {
        var sentences = new List<Sentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            var start = 0;
            foreach (Match m in Boundary().Matches(text))
            {
                var end = m.Index + m.Groups["end"].Length;
                if (IsAbbreviation(text, m.Index) && !StartsSentence(text, m.Index + m.Length)) continue;
                Add(sentences, paragraphs[p], p, start, end);
                start = m.Index + m.Length;
            }
            Add(sentences, paragraphs[p], p, start, text.Length);
        }
        return sentences;
    }

    // No news sentence runs to thousands of characters; a run that long is a list, a table or a hostile file.
    // Cutting it (at a clause mark or a space) keeps every later stage's work per sentence bounded.
    internal const int MaxSentenceChars = 1000;

    private static void Add(List<Sentence> sentences, Paragraph paragraph, int p, int start, int end)
    {
        while (end - start > MaxSentenceChars)
        {
            var cut = Cut(paragraph.Text, start, start + MaxSentenceChars);
            AddOne(sentences, paragraph, p, start, cut);
            start = cut;
        }
        AddOne(sentences, paragraph, p, start, end);
    }

    // The last "; " or ", " in the second half of the window, else its last space, else the window's end.
    private static int Cut(string text, int from, int to)
    {
        var half = from + (to - from) / 2;
        foreach (var mark in new[] { "; ", ", ", " " })
        {
            var at = text.LastIndexOf(mark, to - 1, to - half, StringComparison.Ordinal);
            if (at > half) return at + mark.Length;
        }
        return to;
    }

    private static void AddOne(List<Sentence> sentences, Paragraph paragraph, int p, int start, int end)
    {
        var raw = paragraph.Text[start..end];
        var lead = raw.Length - raw.TrimStart().Length;
        var trimmed = raw.Trim();
        if (trimmed.Length < 2) return;
        sentences.Add(new Sentence(sentences.Count, trimmed, paragraph.Offset + start + lead, p));
    }

    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "They", "It", "We", "This", "That", "These", "Those", "In", "On", "At", "But", "And", "A", "An",
        "His", "Her", "Their", "Its", "Meanwhile", "However", "Earlier", "Later", "During", "After", "Before",
    };

    // "... guarantees from the U.S. The second summit ...": a dotted acronym can end a sentence too.
    private static bool StartsSentence(string text, int next)
    {
        var end = next;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var word = text[next..end];
        var last = LastNonSpace(text, next);
        return word.Length > 0 && Starters.Contains(word) && end < text.Length && text[end] == ' ' && last >= 0 && text[last] == '.' && !SingleInitial(text, last);
    }

    // "S. The": the period at lastIndex follows a lone capital.
    private static bool SingleInitial(string text, int lastIndex) =>
        lastIndex >= 1 && char.IsUpper(text[lastIndex - 1]) && (lastIndex == 1 || !char.IsLetter(text[lastIndex - 2]) && text[lastIndex - 2] != '.');

    // Where the text before `next` ends once trailing spaces are left out (no copy: paragraphs can be long).
    private static int LastNonSpace(string text, int next)
    {
        var i = next - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i;
    }

    // The word before the period: an abbreviation, a single letter (an initial, "S."), or a dotted acronym ("U.S.").
    private static bool IsAbbreviation(string text, int periodIndex)
    {
        if (text[periodIndex] != '.') return false;
        var i = periodIndex;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '.')) i--;
        var word = text[i..periodIndex];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.Contains('.')) return true;
        return Abbreviations.Contains(word);
    }

    // Also "last week.The ministry": a missing space after a period between two words.
    [GeneratedRegex(@"(?<end>[.!?][""”’')\]]*)\s+(?=[""“‘'(\[]?[\p{Lu}\d])|(?<=\p{Ll}{3})(?<end>\.)(?=\p{Lu}\p{Ll}+\s)")]
    private static partial Regex Boundary();
}
