namespace EnvoyGraph.Extraction.Tests;

/// <summary>A person's name as the article writes it, and the shorter or variant forms that refer to them.</summary>
public class PersonNameTests
{
    private static IEnumerable<string> Names(params string[] paragraphs) =>
        Extract.From("Mar 15, 2023 - 10:00", paragraphs).Persons.Select(p => p.Name);

    [Fact]
    public void A_calling_before_a_name_is_not_part_of_it()
    {
        var names = Names("Envoy Ana Costa met Envoy Rui Lopes in Lisbon on Monday.",
            "Analyst Marta Sousa of the Lisbon Policy Institute said the talks went well.");

        Assert.Contains("Marta Sousa", names);
        Assert.DoesNotContain("Analyst Marta Sousa", names);
    }

    [Fact]
    public void A_nickname_in_quotes_stays_in_the_name_and_alone_refers_to_the_person()
    {
        var names = Names("President Bambang “Bambi” Santoso met Foreign Minister Ana Costa in Lisbon on Monday.",
            "Bambi later met Costa again.");

        Assert.Equal(["Ana Costa", "Bambang “Bambi” Santoso"], names.Order());
    }

    [Fact]
    public void A_generational_suffix_does_not_stop_the_family_name_from_referring_to_the_person()
    {
        var names = Names("Foreign Affairs Secretary Ramon Cruz Jr. met Ana Costa in Lisbon on Monday.", "Cruz said the talks were useful.");

        Assert.Equal(["Ana Costa", "Ramon Cruz Jr"], names.Order());
    }

    [Fact]
    public void Spelling_variants_of_the_same_name_are_one_person()
    {
        var names = Names("Envoy Ana Costa met rebel negotiator Mohamed Salah Idris in Muscat on Monday.",
            "\"I had a good meeting with Mohammed Salah Idris,\" Costa said.");

        Assert.Equal(["Ana Costa", "Mohamed Salah Idris"], names.Order());
    }

    [Fact]
    public void A_word_glued_to_a_name_is_not_part_of_it()
    {
        var names = Names("Envoy holds talks with BergstromFollowing a press conference, Nils Bergstrom met Ana Costa in Lisbon on Monday.");

        Assert.DoesNotContain(names, n => n.Contains("Following"));
    }

    [Fact]
    public void The_last_word_of_a_ministrys_name_is_not_part_of_the_ministers_name()
    {
        var names = Names("Minister of Foreign Affairs and Emigrants Karim Haddad met Ana Costa in Damascus on Monday.");

        Assert.Contains("Karim Haddad", names);
    }

    [Fact]
    public void A_demonym_in_the_plural_is_not_a_person()
    {
        var names = Names("Ana Costa met Koreans and Americans in Seoul on Monday, and Costa told Koreans the visit went well.");

        Assert.DoesNotContain("Koreans", names);
    }

    [Fact]
    public void A_single_word_joined_by_and_to_a_person_is_a_person()
    {
        var names = Names("The talks between Ana Costa and Haddad-Adel were held in Tehran on Monday.");

        Assert.Contains("Haddad-Adel", names);
    }

    [Fact]
    public void A_rank_before_a_name_is_not_a_person()
    {
        var names = Names("Ana Costa met speaker Elias Karam and Major General Samir Aziz in Beirut on Monday.");

        Assert.DoesNotContain("Major", names);
        Assert.Contains("Samir Aziz", names);
    }

    [Fact]
    public void A_place_reached_by_a_verb_of_going_is_not_a_person()
    {
        var names = Names("Envoy Ana Costa then headed to Dar el Salam to meet Speaker Elias Karam on Monday.");

        Assert.Equal(["Ana Costa", "Elias Karam"], names.Order());
    }

    [Fact]
    public void A_name_shortened_to_given_name_and_family_name_is_the_same_person()
    {
        var names = Names("Prime Minister Sheikh Hamad bin Khalid bin Saud Al Marri met envoy Ana Costa in Doha on Monday.",
            "Sheikh Hamad Al Marri said the talks with Costa were useful.");

        Assert.Equal(["Ana Costa", "Hamad bin Khalid bin Saud Al Marri"], names.Order());
    }

    [Fact]
    public void A_family_name_written_as_one_word_or_two_is_the_same_person()
    {
        var names = Names("Envoy Ana Costa met rebel negotiator Mohammed Abdul Karim in Muscat on Monday.",
            "\"I had a good meeting with Mohamed Abdelkarim,\" Costa said.");

        Assert.Equal(["Ana Costa", "Mohammed Abdul Karim"], names.Order());
    }

    [Fact]
    public void Given_names_alike_and_family_names_that_merely_sound_alike_stay_two_people()
    {
        var names = Names("Envoy Ana Costa met Ali Hassan and Ali Hussein in Muscat on Monday.");

        Assert.Equal(["Ali Hassan", "Ali Hussein", "Ana Costa"], names.Order());
    }
}
