namespace EnvoyGraph.Extraction.Tests;

/// <summary>Meetings, their dates, modes and status, on sentences written for these tests (issue 3).</summary>
public class MeetingSentenceTests
{
    [Fact]
    public void Met_with_a_weekday_resolves_to_the_week_of_publication()
    {
        // 2023-03-15 is a Wednesday; the Monday before is the 13th.
        var facts = Extract.From("Mar 15, 2023 - 10:00",
            "Foreign Minister Anna Berg met her Danish counterpart Lars Holm in Oslo on Monday to discuss Arctic shipping.");

        Assert.Equal(["Anna Berg + Lars Holm | 2023-03-13 | in_person | held"], Extract.Meetings(facts));
        Assert.Equal("Oslo", facts.Meetings[0].Location);
        Assert.Equal("Denmark", Extract.CountryOf(facts, "Lars Holm"));
    }

    [Fact]
    public void A_dateline_in_May_does_not_read_as_the_modal_may()
    {
        // 2023-05-09 is a Tuesday; the Monday before is the 8th.
        var facts = Extract.From("May 9, 2023 - 10:00",
            "MUSCAT, May 9 (Newswire) -- Envoy Hans Berg met negotiator Omar Saleh in Muscat on Monday.");

        Assert.Equal(["Hans Berg + Omar Saleh | 2023-05-08 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_meeting_in_the_capital_of_a_demonym_is_placed_in_that_city()
    {
        var facts = Extract.From("May 9, 2023 - 10:00",
            "Envoy Hans Berg met the chief negotiator of the rebels, Omar Saleh, in the Omani capital on Monday, his office said.");

        Assert.Equal(["Hans Berg + Omar Saleh | 2023-05-08 | in_person | held"], Extract.Meetings(facts));
        Assert.Equal("Muscat", facts.Meetings[0].Location);
    }

    [Fact]
    public void A_run_on_sentence_is_cut_into_bounded_pieces_and_its_meeting_still_read()
    {
        var list = string.Join(", ", Enumerable.Repeat("trade and fishing quotas", 200));
        var facts = Extract.From("May 9, 2023 - 10:00",
            $"Officials discussed {list}; Envoy Hans Berg met negotiator Omar Saleh in Muscat on Monday.");

        Assert.Equal(["Hans Berg + Omar Saleh | 2023-05-08 | in_person | held"], Extract.Meetings(facts));
        Assert.True(facts.Meetings[0].Evidence.Length <= 1000, "evidence is one bounded piece of the run-on sentence");
    }

    [Fact]
    public void Talks_that_may_happen_give_nothing()
    {
        var facts = Extract.From("May 9, 2023 - 10:00", "Envoy Hans Berg may meet negotiator Omar Saleh in Muscat next week.");

        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void Phone_talks_yesterday_are_a_phone_meeting_the_day_before()
    {
        var facts = Extract.From("Jun 2, 2022 - 08:00",
            "Pedro Alves held phone talks with Marta Ruiz yesterday about the fishing dispute, officials said.");

        Assert.Equal(["Marta Ruiz + Pedro Alves | 2022-06-01 | phone | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void Will_meet_next_week_is_a_planned_meeting()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Envoy Tomas Novak will meet Greta Lind in Vienna on Friday to prepare the conference.");

        Assert.Equal(["Greta Lind + Tomas Novak | 2019-09-06 | in_person | planned"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_meeting_in_a_named_month_has_month_precision()
    {
        var facts = Extract.From("Aug 23, 2021 - 11:00",
            "Karl Weber and Ines Frank held their last in-person meeting in Berlin in June.");

        Assert.Equal(["Ines Frank + Karl Weber | 2021-06 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_meeting_the_text_denies_gives_nothing()
    {
        var facts = Extract.From("Aug 23, 2021 - 11:00",
            "Karl Weber did not meet Ines Frank during his stay in Berlin, the ministry said.");

        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void Neither_nor_denies_the_meeting_for_both_people()
    {
        var facts = Extract.From("Aug 23, 2021 - 11:00",
            "Foreign Minister Karl Weber and Defence Minister Ines Frank arrived in Vienna on Monday.",
            "Neither Weber nor Frank will hold separate meetings with the rival delegation, officials said.");

        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void A_body_acronym_in_capitals_before_a_full_name_is_not_part_of_the_name()
    {
        var facts = Extract.From("Aug 23, 2021 - 11:00",
            "The head of UNAMOK Sofia Lindqvist met Omar Haddad in Amman on Monday.");

        Assert.Equal(["Omar Haddad + Sofia Lindqvist | 2021-08-23 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_hoped_for_meeting_gives_nothing()
    {
        var facts = Extract.From("Aug 23, 2021 - 11:00",
            "Karl Weber said he hoped to hold talks with Ines Frank before the end of the year.");

        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void The_two_sides_refers_to_the_people_of_the_last_meeting()
    {
        var facts = Extract.From("Nov 4, 2020 - 12:00",
            "Irish envoy Sean Byrne met Polish Ambassador Jan Nowak on Tuesday.",
            "The two sides held a video conference with Portuguese envoy Rui Costa a day earlier.");

        Assert.Equal(
            ["Jan Nowak + Sean Byrne | 2020-11-03 | in_person | held",
             "Jan Nowak + Rui Costa + Sean Byrne | 2020-11-02 | video | held"],
            Extract.Meetings(facts));
    }

    [Fact]
    public void Surname_only_references_resolve_to_the_full_name()
    {
        var facts = Extract.From("Nov 4, 2020 - 12:00",
            "Austrian diplomat Eva Gruber arrived in Prague on Monday.",
            "On Tuesday, Gruber met Czech Foreign Minister Petr Dvorak at the ministry.");

        Assert.Equal(["Eva Gruber + Petr Dvorak | 2020-11-03 | in_person | held"], Extract.Meetings(facts));
        Assert.Equal("Austria", Extract.CountryOf(facts, "Eva Gruber"));
        Assert.Equal("Czech Republic", Extract.CountryOf(facts, "Petr Dvorak"));
    }

    [Fact]
    public void A_country_after_for_is_a_portfolio_not_the_persons_country()
    {
        var facts = Extract.From("Nov 4, 2020 - 12:00",
            "U.S. Special Representative for Syria Mark Stone met Jordanian Foreign Minister Omar Haddad in Amman on Wednesday.");

        Assert.Equal("United States", Extract.CountryOf(facts, "Mark Stone"));
        Assert.Equal("Jordan", Extract.CountryOf(facts, "Omar Haddad"));
    }

    [Fact]
    public void Envoys_named_by_country_are_the_articles_people_of_those_countries()
    {
        var facts = Extract.From("Feb 10, 2021 - 12:00",
            "The top envoys of Chile and Peru held talks on Tuesday.",
            "Chilean envoy Rosa Vidal and Peruvian envoy Luis Quispe discussed the border.");

        Assert.Equal(["Luis Quispe + Rosa Vidal | 2021-02-09 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void One_person_meeting_several_in_turn_gives_separate_meetings()
    {
        var facts = Extract.From("Nov 4, 2020 - 12:00",
            "On Tuesday, Irish envoy Sean Byrne met Polish envoy Jan Nowak, Czech envoy Petr Dvorak and Austrian envoy Eva Gruber.");

        Assert.Equal(
            ["Jan Nowak + Sean Byrne | 2020-11-03 | in_person | held",
             "Petr Dvorak + Sean Byrne | 2020-11-03 | in_person | held",
             "Eva Gruber + Sean Byrne | 2020-11-03 | in_person | held"],
            Extract.Meetings(facts));
    }

    [Fact]
    public void A_summit_between_two_people_has_exactly_those_two()
    {
        var facts = Extract.From("Nov 4, 2020 - 12:00",
            "Envoy Sean Byrne and envoy Jan Nowak discussed follow-up efforts to the summit between President Anna Berg and President Lars Holm last month.");

        Assert.Contains("Anna Berg + Lars Holm | 2020-10 | in_person | held", Extract.Meetings(facts));
    }

    [Fact]
    public void A_speaker_whose_counselor_held_the_call_is_not_a_participant()
    {
        var facts = Extract.From("Feb 26, 2022 - 12:00",
            "Foreign Minister Wang Li held a phone conversation on Friday with Marc Durand, diplomatic counselor to French President Paul Girard.");

        Assert.Equal(["Marc Durand + Wang Li | 2022-02-25 | phone | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_phone_call_in_a_clause_about_an_earlier_event_does_not_make_the_meeting_a_call()
    {
        // 2024-01-03 is a Wednesday.
        var facts = Extract.From("Jan 3, 2024 - 10:00",
            "Foreign Minister Anna Berg received her Danish counterpart Lars Holm in Oslo on Wednesday, a day after the two spoke by phone.");

        Assert.Contains("Anna Berg + Lars Holm | 2024-01-03 | in_person | held", Extract.Meetings(facts));
    }

    [Fact]
    public void Each_clause_of_a_sentence_has_its_own_mode()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Anna Berg spoke by phone with Lars Holm on Monday and met Greta Lind in Oslo on Tuesday.");

        Assert.Equal(["Anna Berg + Lars Holm | 2019-09-02 | phone | held", "Anna Berg + Greta Lind | 2019-09-03 | in_person | held"], Extract.Meetings(facts));
    }
}
