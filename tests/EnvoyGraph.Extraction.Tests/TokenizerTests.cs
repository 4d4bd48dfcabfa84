using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Tests;

/// <summary>The words a sentence is cut into: acronyms, inner hyphens and apostrophes, possessives (the "'s" is not part of the gap after), any script.</summary>
public class TokenizerTests
{
    private static string Words(string sentence) =>
        string.Join(" | ", Tokenizer.Tokenize(sentence).Select(t => t.Possessive ? t.Text + "+s" : t.Text));

    [Theory]
    [InlineData("The U.S. envoy met Lee Do-hoon.", "The | U.S. | envoy | met | Lee | Do-hoon")]
    [InlineData("South Korea's envoy and the Koreas' talks", "South | Korea+s | envoy | and | the | Koreas | talks")]
    [InlineData("O'Brien met al-Jubair’s deputy", "O'Brien | met | al-Jubair+s | deputy")]
    [InlineData("S. Jaishankar, 2023-05-04", "S | Jaishankar | 2023-05-04")]
    [InlineData("Recep Tayyip Erdoğan и Сергей Лавров 王毅", "Recep | Tayyip | Erdoğan | и | Сергей | Лавров | 王毅")]
    [InlineData("-- 'quoted' --", "quoted")]
    public void A_sentence_is_cut_into_its_words(string sentence, string words) =>
        Assert.Equal(words, Words(sentence));

    [Fact]
    public void Each_word_keeps_its_span_and_the_gap_before_it()
    {
        var tokens = Tokenizer.Tokenize("Kim, the U.S. envoy's aide");

        Assert.Equal([(0, 3, ""), (5, 8, ", "), (9, 13, " "), (14, 19, " "), (22, 26, " ")],
            tokens.Select(t => (t.Start, t.End, t.Gap)).ToList());
    }
}
