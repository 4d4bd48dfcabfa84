using System.Globalization;

namespace EnvoyGraph.Extraction.Mentions;

/// <summary>
/// A word of a sentence with its span. A possessive "'s" is split off into <see cref="Possessive"/>;
/// <see cref="Gap"/> is the text between this word and the one before (punctuation, spaces).
/// </summary>
internal sealed record Token(string Text, int Start, int End, bool Possessive, string Gap)
{
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
    public string Lower => Text.ToLowerInvariant();
    /// <summary>Only spaces separate it from the previous word.</summary>
    public bool Adjacent => Gap.Length > 0 && Gap.Trim().Length == 0;
}

internal static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string sentence)
    {
        var tokens = new List<Token>();
        var last = 0;
        for (var i = 0; i < sentence.Length;)
        {
            var end = WordEnd(sentence, i);
            if (end < 0) { i++; continue; }
            var length = end - i;
            var possessive = false;
            if (sentence.AsSpan(i, length).EndsWith("'s", StringComparison.Ordinal) || sentence.AsSpan(i, length).EndsWith("’s", StringComparison.Ordinal))
            {
                length -= 2;
                possessive = true;
            }
            else if (sentence[end - 1] is '\'' or '’') length--;
            if (length > 0)
            {
                tokens.Add(new Token(sentence.Substring(i, length), i, i + length, possessive, sentence[last..i]));
                last = end;
            }
            i = end;
        }
        return tokens;
    }

    // Where the word starting at i ends, or -1 when no word starts there. A word is a dotted acronym of two
    // or more capitals ("U.S."), else a run of letters, marks and digits with inner hyphens and apostrophes
    // ("Do-hoon", "al-Jubair", "O'Brien") and a trailing apostrophe or "'s". Hand-written: it runs on every
    // sentence, and a regular expression over Unicode categories cost a quarter of extraction time.
    private static int WordEnd(string s, int i)
    {
        var j = i;
        var capitals = 0;
        while (j + 1 < s.Length && char.IsUpper(s[j]) && s[j + 1] == '.') { j += 2; capitals++; }
        if (capitals >= 2) return j;

        if (!IsWordChar(s[i])) return -1;
        j = i + 1;
        while (j < s.Length && IsWordChar(s[j])) j++;
        while (j + 1 < s.Length && s[j] is '-' or '\'' or '’' && IsWordChar(s[j + 1]))
        {
            j += 2;
            while (j < s.Length && IsWordChar(s[j])) j++;
        }
        if (j < s.Length && s[j] is '\'' or '’')
        {
            j++;
            if (j < s.Length && s[j] == 's') j++;
        }
        return j;
    }

    // Letters, combining marks and digits of any script (what \p{L}, \p{M} and \p{N} match).
    private static bool IsWordChar(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
