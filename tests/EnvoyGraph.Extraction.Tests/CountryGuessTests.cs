namespace EnvoyGraph.Extraction.Tests;

/// <summary>The last-resort country of a person the text never ties to one in so many words.</summary>
public class CountryGuessTests
{
    [Fact]
    public void A_well_known_leader_keeps_their_country_in_a_story_about_another()
    {
        var facts = Extract.From("Mar 2, 2019 - 09:00",
            "North Korea's envoy Pak Chol met Chinese diplomat Liu Wen in Hanoi on Friday.",
            "The talks came after President Moon Jae-in spoke about North Korea's economy and North Korea's missiles.");

        Assert.Equal("South Korea", Extract.CountryOf(facts, "Moon Jae-in"));
    }

    [Fact]
    public void A_known_name_matches_in_other_spellings_and_order()
    {
        var lexicon = EnvoyGraph.Extraction.Lexicons.Lexicon.BuiltIn;

        Assert.Equal("North Korea", lexicon.KnownPersonCountry("KIM JONG-UN"));
        Assert.Equal("North Korea", lexicon.KnownPersonCountry("Kim Jong Un"));
        Assert.Equal("China", lexicon.KnownPersonCountry("Jinping Xi"));
        Assert.Equal("Turkey", lexicon.KnownPersonCountry("Recep Tayyip Erdoğan"));
        Assert.Null(lexicon.KnownPersonCountry("Kim"));
    }

    [Fact]
    public void A_body_named_near_a_person_is_not_taken_as_what_they_represent()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Pieter Claes attended the ASEAN Regional Forum in Jakarta on Tuesday, where the ASEAN members discussed maritime security.",
            "Claes said ASEAN had a central role in the region.");

        Assert.NotEqual("Association of Southeast Asian Nations", Extract.CountryOf(facts, "Pieter Claes"));
    }

    [Fact]
    public void A_relative_clause_restating_the_office_gives_the_country()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Anna Berg met Ivo Petrov in Oslo on Monday. Petrov, who doubles as Bulgaria's chief negotiator, arrived on Sunday.");

        Assert.Equal("Bulgaria", Extract.CountryOf(facts, "Ivo Petrov"));
    }

    [Fact]
    public void A_person_is_never_guessed_to_represent_the_country_of_their_own_counterpart()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Anna Berg met her Bulgarian counterpart Ivo Petrov on Monday.",
            "Berg later toured the port of Varna and praised Bulgaria's shipyards.");

        Assert.Equal("Bulgaria", Extract.CountryOf(facts, "Ivo Petrov"));
        Assert.NotEqual("Bulgaria", Extract.CountryOf(facts, "Anna Berg"));
    }

    [Fact]
    public void The_title_of_the_person_before_a_comma_and_is_not_read_as_the_next_persons()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "The call between Mark Stone, the American envoy, and Park Jun-ho, the South Korean envoy, lasted an hour on Monday.");

        Assert.Equal("United States", Extract.CountryOf(facts, "Mark Stone"));
        Assert.Equal("South Korea", Extract.CountryOf(facts, "Park Jun-ho"));
    }

    [Fact]
    public void Where_a_person_is_staying_is_not_what_they_represent()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Foreign Minister Ana Costa, who is in Geneva for the United Nations Human Rights Council, met Envoy Lena Falk on Monday.");

        Assert.NotEqual("United Nations", Extract.CountryOf(facts, "Ana Costa"));
    }

    [Fact]
    public void A_compatriot_named_outside_a_meeting_does_not_rule_out_the_persons_country()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Senator Ana Costa met Brazilian Foreign Minister Joao Silva in Lisbon on Monday.",
            "Senator Costa also raised the case of Portuguese writer Rui Lopes, who is held abroad.");

        Assert.Equal("Portugal", Extract.CountryOf(facts, "Ana Costa"));
    }

    [Fact]
    public void A_country_that_only_locates_a_city_is_no_side()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Defence Minister Ana Costa met her Brazilian counterpart Joao Silva at a forum in Japan's Osaka on Monday.",
            "Costa said the talks went well.");

        Assert.NotEqual("Japan", Extract.CountryOf(facts, "Ana Costa"));
    }

    [Fact]
    public void People_listed_together_after_the_meeting_word_are_on_one_side()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Brazilian Foreign Minister Joao Silva met Portuguese Senator Ana Costa in Lisbon on Monday.",
            "Silva also met with Opposition Leader Rui Lopes and opposition spokesman Pedro Alves.");

        Assert.Equal("Portugal", Extract.CountryOf(facts, "Pedro Alves"));
    }

    [Theory]
    [InlineData("https://news.example.com.pt/2023/03/15/talks")]
    [InlineData("https://pt.news.example.com/talks-in-lisbon")]
    public void The_outlets_country_is_the_last_hint_for_a_person_tied_to_no_country(string url)
    {
        var facts = ArticleExtractor.Default.Extract(new ArticleInput("t.txt",
            "Brazilian Foreign Minister Joao Silva held talks with Ana Costa on Monday.\n\n"
            + "Silva also met with Opposition Leader Rui Lopes and opposition spokesman Pedro Alves.\n\n"
            + "Brazil and Portugal signed a trade pact, and Brazil will host the next round.", url, new DateOnly(2023, 3, 15)));

        Assert.Equal("Portugal", Extract.CountryOf(facts, "Pedro Alves"));
    }

    [Fact]
    public void A_generic_or_language_domain_gives_no_country()
    {
        var facts = ArticleExtractor.Default.Extract(new ArticleInput("t.txt",
            "Brazilian Foreign Minister Joao Silva held talks with Ana Costa on Monday.\n\n"
            + "Silva also met with Opposition Leader Rui Lopes and opposition spokesman Pedro Alves.", "https://en.example.tv/talks", new DateOnly(2023, 3, 15)));

        Assert.NotEqual("Tuvalu", Extract.CountryOf(facts, "Pedro Alves"));
    }

    [Fact]
    public void A_well_known_person_named_by_family_name_only_takes_their_listed_country()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Russian Foreign Minister Pavel Orlov met Ukrainian envoy Ivan Bondar in Geneva on Monday.",
            "Separately, Biegun said he had a positive meeting with Orlov in Moscow.");

        Assert.Equal("United States", Extract.CountryOf(facts, "Biegun"));
    }

    [Fact]
    public void A_short_family_name_alone_is_not_looked_up()
    {
        Assert.Null(EnvoyGraph.Extraction.Lexicons.Lexicon.BuiltIn.KnownFamilyNameCountry("Kim"));
    }
}
