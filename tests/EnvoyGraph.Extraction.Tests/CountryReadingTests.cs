namespace EnvoyGraph.Extraction.Tests;

/// <summary>How the words around a person's name tie them to a country or body.</summary>
public class CountryReadingTests
{
    [Fact]
    public void A_state_institution_before_the_name_gives_its_country()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Kremlin aide Pavel Orlov met Mossad chief Ari Dagan in Cairo on Monday.");

        Assert.Equal("Russia", Extract.CountryOf(facts, "Pavel Orlov"));
        Assert.Equal("Israel", Extract.CountryOf(facts, "Ari Dagan"));
    }

    [Fact]
    public void An_office_only_one_state_has_gives_that_state()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Secretary of State Mary Holt met External Affairs Minister Ravi Menon in Tokyo on Monday.");

        Assert.Equal("United States", Extract.CountryOf(facts, "Mary Holt"));
        Assert.Equal("India", Extract.CountryOf(facts, "Ravi Menon"));
    }

    [Fact]
    public void Initials_in_brackets_inside_a_title_do_not_hide_the_body_before_them()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "The head of the African Union (AU) mission, Kofi Mensah, met Lena Falk in Addis Ababa on Monday.");

        Assert.Equal("African Union", Extract.CountryOf(facts, "Kofi Mensah"));
    }

    [Fact]
    public void A_country_in_brackets_after_the_name_outweighs_the_body_before_it()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "The talks were mediated by OSCE co-chairs Ivan Sokolov (Russia) and Paul Girard (France) in Vienna on Monday.");

        Assert.Equal("Russia", Extract.CountryOf(facts, "Ivan Sokolov"));
        Assert.Equal("France", Extract.CountryOf(facts, "Paul Girard"));
    }

    [Fact]
    public void An_envoy_of_a_named_person_represents_that_persons_country_not_the_brief()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Brazilian President Rafael Lima met Omar Haddad in Brasilia on Monday.",
            "Lima's Syria envoy, Carla Dias, joined them.");

        Assert.Equal("Brazil", Extract.CountryOf(facts, "Carla Dias"));
    }

    [Fact]
    public void An_adviser_to_a_named_leader_represents_the_leaders_country()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Hugo Marchal, diplomatic adviser to French President Luc Bernard, spoke to Omar Haddad by phone on Monday.");

        Assert.Equal("France", Extract.CountryOf(facts, "Hugo Marchal"));
    }

    [Fact]
    public void A_compound_of_two_countries_names_both()
    {
        const string sentence = "They praised the China-Japan partnership.";

        var places = Mentions.PlaceFinder.Find(Lexicons.Lexicon.BuiltIn, sentence, Mentions.Tokenizer.Tokenize(sentence));

        Assert.Equal(["China", "Japan"], places.Select(p => p.Place.Country));
    }

    [Fact]
    public void The_city_a_report_is_filed_from_gives_the_country_of_officials_named_without_one()
    {
        var facts = ArticleExtractor.Default.Extract(new ArticleInput("t.txt",
            "Published : Mar 15, 2023 - 10:00\n\nNAIROBI — Foreign Minister Grace Wanjiru met her Tanzanian counterpart Juma Mwinyi on Monday."));

        Assert.Equal("Kenya", Extract.CountryOf(facts, "Grace Wanjiru"));
        Assert.Equal("Tanzania", Extract.CountryOf(facts, "Juma Mwinyi"));
    }

    [Fact]
    public void The_leader_and_members_of_a_delegation_represent_its_side()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Envoy Ana Costa met a Hezbollah team led by senior official Karim Nasser in Doha on Monday.",
            "The Hezbollah delegation, led by Nasser, included Omar Saleh and Ziad Fares.");

        Assert.Equal("Hezbollah", Extract.CountryOf(facts, "Karim Nasser"));
        Assert.Equal("Hezbollah", Extract.CountryOf(facts, "Omar Saleh"));
        Assert.Equal("Hezbollah", Extract.CountryOf(facts, "Ziad Fares"));
    }

    [Fact]
    public void A_list_of_countries_then_as_many_names_is_read_in_order()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "The presidents of Chile and Peru, Rosa Vidal and Tomas Ruiz, spoke by phone on Monday.",
            "Later, her Bolivian and Ecuadorian counterparts -- Luis Mamani and Pedro Loor -- joined the talks.");

        Assert.Equal("Chile", Extract.CountryOf(facts, "Rosa Vidal"));
        Assert.Equal("Peru", Extract.CountryOf(facts, "Tomas Ruiz"));
        Assert.Equal("Bolivia", Extract.CountryOf(facts, "Luis Mamani"));
        Assert.Equal("Ecuador", Extract.CountryOf(facts, "Pedro Loor"));
    }

    [Fact]
    public void A_report_filed_from_the_venue_does_not_give_the_venues_country_to_visitors()
    {
        var facts = ArticleExtractor.Default.Extract(new ArticleInput("t.txt",
            "Published : Mar 15, 2023 - 10:00\n\nLISBON — The envoys held talks in Portugal on Monday. Envoy Hana Novak and Envoy Ivo Horvat met there."));

        Assert.NotEqual("Portugal", Extract.CountryOf(facts, "Hana Novak"));
    }

    [Fact]
    public void An_official_introduced_by_office_alone_in_the_opening_is_the_one_later_named_without_a_country()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Chile's top diplomat concludes a trip to Europe.",
            "Foreign Minister Rosa Vidal met her Spanish counterpart Pablo Ortega in Madrid on Monday, after talks on the Ukraine war.");

        Assert.Equal("Chile", Extract.CountryOf(facts, "Rosa Vidal"));
    }

    [Fact]
    public void An_office_of_one_state_is_recognised_in_lower_case()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Ana Costa met Mark Dunn, assistant secretary of state for African affairs, in Lisbon on Monday.");

        Assert.Equal("United States", Extract.CountryOf(facts, "Mark Dunn"));
    }

    [Fact]
    public void A_titled_name_listed_after_another_shares_its_country()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Ana Costa met Peruvian President Tomas Ruiz, Vice-President Elena Quispe and other officials in Cusco on Monday.");

        Assert.Equal("Peru", Extract.CountryOf(facts, "Elena Quispe"));
    }

    [Fact]
    public void A_single_name_whose_possessive_owns_an_envoy_is_a_person_whose_side_the_envoy_is_on()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Vidal's Syria envoy, Carla Dias, met Omar Haddad in Damascus on Monday.",
            "Chilean President Vidal praised the talks.");

        Assert.Equal("Chile", Extract.CountryOf(facts, "Carla Dias"));
    }

    [Fact]
    public void An_opening_phrase_before_the_comma_is_not_the_persons_title()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Just before the Brazilian trip, Costa said the visit would be short.",
            "Portugal's Foreign Minister Ana Costa met Envoy Lena Falk in Lisbon on Monday.");

        Assert.Equal("Portugal", Extract.CountryOf(facts, "Ana Costa"));
    }

    [Fact]
    public void The_words_after_an_opening_phrase_are_the_main_clause_not_an_apposition()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "At her meeting with Haddad, the French envoy discussed energy imports.",
            "Karim Haddad, Lebanon's energy minister, met Envoy Lena Falk in Beirut on Monday.");

        Assert.Equal("Lebanon", Extract.CountryOf(facts, "Karim Haddad"));
    }

    [Fact]
    public void A_country_before_a_preposition_does_not_reach_the_name_after_it()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "New Norwegian envoy holds talks with Karim Haddad in Beirut.",
            "Haddad, Lebanon's energy minister, said on Monday the talks were useful.");

        Assert.Equal("Lebanon", Extract.CountryOf(facts, "Karim Haddad"));
    }

    [Fact]
    public void A_person_ending_an_opening_phrase_is_not_the_side_of_the_titled_name_after_it()
    {
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Chinese Foreign Minister Li Wei met Senator Ana Costa in Canberra on Monday.",
            "Following her meeting with Mr Li, Senator Costa said ties with Australia were improving.");

        Assert.Equal("Australia", Extract.CountryOf(facts, "Ana Costa"));
    }
}
