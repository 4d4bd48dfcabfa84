using EnvoyGraph.Extraction.Lexicons;

namespace EnvoyGraph.Extraction.Tests;

/// <summary>Built-in lexicons, a user's additions and overrides, and errors that name file and line.</summary>
public class LexiconTests
{
    [Theory]
    [InlineData("South Korea", "KR")]
    [InlineData("S. Korea", "KR")]
    [InlineData("United States", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("North Korea", "KP")]
    [InlineData("United Nations", "UN")]
    [InlineData("European Union", "EU")]
    [InlineData("IAEA", "IAEA")]
    [InlineData("ASEAN", "ASEAN")]
    [InlineData("African Union", "AU")]
    [InlineData("Atlantis", null)]
    public void Country_names_and_aliases_map_to_codes(string name, string? code) =>
        Assert.Equal(code, Lexicon.BuiltIn.CountryCode(name));

    [Fact]
    public void Code_maps_back_to_the_common_short_name() =>
        Assert.Equal("South Korea", Lexicon.BuiltIn.CountryName("KR"));

    [Fact]
    public void A_user_demonym_is_recognised_in_text()
    {
        var lexicon = Lexicon.BuiltIn.With([new LexiconFile("demonyms.tsv", "demonym\tcountry\nRuritanian\tAustria\n")]);
        var facts = ArticleExtractor.Create(lexicon).Extract(new ArticleInput("t.txt",
            "Published : Mar 15, 2023 - 10:00\n\nRuritanian envoy Rudolf Rassendyll met Flavia Strelsau in Vienna on Monday to discuss the crown."));

        Assert.Equal("Austria", facts.Persons.Single(p => p.Name == "Rudolf Rassendyll").Country);
    }

    [Fact]
    public void A_user_row_overrides_the_built_in_row_with_the_same_key()
    {
        var lexicon = Lexicon.BuiltIn.With([new LexiconFile("countries.tsv", "name\tcode\taliases\nSouth Korea\tKR\tHanguk\n")]);

        Assert.Equal("KR", lexicon.CountryCode("Hanguk"));
        Assert.Null(lexicon.CountryCode("ROK"));
        Assert.Equal("JP", lexicon.CountryCode("Japan"));
    }

    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line()
    {
        var error = Assert.Throws<LexiconException>(() => Lexicon.BuiltIn.With(
            [new LexiconFile("my/cities.tsv", "# my cities\ncity\tcountry\tcapital\nGotham\tAtlantis\tno\n")]));

        Assert.Equal("my/cities.tsv:3: 'Atlantis' is not a country or body in countries.tsv or bodies.tsv: 'Gotham\tAtlantis\tno'", error.Message);
    }

    [Fact]
    public void A_wrong_header_is_reported_with_the_expected_columns()
    {
        var error = Assert.Throws<LexiconException>(() => Lexicon.BuiltIn.With([new LexiconFile("titles.tsv", "name\tkind\n")]));

        Assert.Equal("titles.tsv:1: header 'name\\tkind' should name the columns 'title\\tkind'", error.Message);
    }

    [Fact]
    public void An_unknown_file_name_lists_the_known_ones()
    {
        var error = Assert.Throws<LexiconException>(() => Lexicon.BuiltIn.With([new LexiconFile("colours.tsv", "x\n")]));

        Assert.StartsWith("colours.tsv: unknown lexicon file; expected one of countries.tsv", error.Message);
    }
}
