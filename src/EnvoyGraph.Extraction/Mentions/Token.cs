using System.Text.RegularExpressions;

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

internal static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string sentence)
    {
        var tokens = new List<Token>();
        var last = 0;
        foreach (Match m in Word().Matches(sentence))
        {
            var text = m.Value;
            var possessive = false;
            if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal))
            {
                text = text[..^2];
                possessive = true;
            }
            else if (text.EndsWith('\'') || text.EndsWith('’')) text = text[..^1];
            if (text.Length == 0) continue;
            tokens.Add(new Token(text, m.Index, m.Index + text.Length, possessive, sentence[last..m.Index]));
            last = m.Index + m.Length;
        }
        return tokens;
    }

    // Words with inner hyphens and apostrophes ("Do-hoon", "al-Jubair", "O'Brien"), dotted acronyms ("U.S."), numbers.
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*(?:['’]s?)?")]
    private static partial Regex Word();
}
