namespace EnvoyGraph.Extraction.Tests;

/// <summary>Who took part in a meeting, and how many meetings a sentence reports, on sentences written for these tests (issue 3).</summary>
public class MeetingParticipantTests
{
    private static IEnumerable<string> People(EnvoyGraph.Extraction.Facts.ArticleFacts facts) =>
        facts.Meetings.Select(m => $"{string.Join(" + ", m.Participants.Order())} | {m.Status}");

    [Fact]
    public void Two_meeting_verbs_joined_by_and_are_two_meetings_of_the_same_subject()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Tomas Novak had a videoconference with his Czech counterpart Pavel Dvorak on Monday and talked by phone with Greta Lind on Tuesday.");

        Assert.Equal(["Pavel Dvorak + Tomas Novak | held", "Greta Lind + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void A_later_trilateral_meeting_in_the_same_sentence_adds_the_third_person_to_the_pair()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Tomas Novak and Greta Lind met in Prague last week and then had a trilateral meeting with Hungarian envoy Peter Kovacs on Tuesday.");

        Assert.Equal(["Greta Lind + Tomas Novak | held", "Greta Lind + Peter Kovacs + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void People_in_a_meeting_that_a_second_clause_only_mentions_are_kept_apart()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "On Wednesday, the minister Tomas Novak headed to Paris to meet his French counterpart Anne Morel and follow up on a phone call between Presidents Jan Berger and Louis Roche.");

        Assert.Equal(["Anne Morel + Tomas Novak | held", "Jan Berger + Louis Roche | held"], People(facts));
    }

    [Fact]
    public void Scheduled_to_meet_two_people_is_two_planned_meetings()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Envoy Tomas Novak is also scheduled to meet with Vice Foreign Minister Greta Lind and Pavel Dvorak, the president's security adviser.");

        Assert.Equal(["Greta Lind + Tomas Novak | planned", "Pavel Dvorak + Tomas Novak | planned"], People(facts));
    }

    [Fact]
    public void People_who_attended_the_talks_join_the_meeting_just_reported()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Envoy Tomas Novak went to the presidential palace to meet President Greta Lind.",
            "Deputy speaker Pavel Dvorak and General Peter Kovacs attended the talks.");

        Assert.Equal(["Greta Lind + Pavel Dvorak + Peter Kovacs + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void A_gathering_attended_by_ministers_is_one_meeting_with_its_host()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Foreign Minister Tomas Novak hosted the regional foreign ministers' meeting in Prague.",
            "The gathering was attended by Austrian Foreign Minister Greta Lind, Slovak Foreign Minister Pavel Dvorak and Hungarian Foreign Minister Peter Kovacs.");

        Assert.Equal(["Greta Lind + Pavel Dvorak + Peter Kovacs + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void His_round_of_talks_including_several_people_is_one_meeting_with_each()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Envoy Tomas Novak began his visit on Monday by calling on Speaker Greta Lind.",
            "His round of talks with local officials included General Pavel Dvorak and Energy Minister Peter Kovacs.");

        Assert.Equal(["Greta Lind + Tomas Novak | held", "Pavel Dvorak + Tomas Novak | held", "Peter Kovacs + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void Members_of_a_delegation_led_by_a_participant_join_its_meeting()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Party leader Tomas Novak met Foreign Minister Greta Lind in Vienna on Sunday.",
            "The delegation, led by Novak, included Pavel Dvorak and Peter Kovacs.");

        Assert.Equal(["Greta Lind + Pavel Dvorak + Peter Kovacs + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void Received_with_a_long_title_before_the_name_is_a_meeting()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Earlier today, Minister Tomas Novak had also received Foreign Affairs Minister of Maldives Greta Lind during a bilateral meeting in Prague.");

        Assert.Equal(["Greta Lind + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void Talks_as_a_noun_after_and_do_not_start_a_second_meeting()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "The visit of Tomas Novak was arranged after Greta Lind said in talks in Prague with Pavel Dvorak that both sides would organise high-level visits and talks this year.");

        Assert.Equal(["Greta Lind + Pavel Dvorak | held"], People(facts));
    }

    [Fact]
    public void And_she_will_meet_is_a_second_meeting_of_the_same_subject()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Defence Minister Greta Lind was also expected in Vienna on Monday to attend the defence ministers meeting, and she will meet her Austrian counterpart Pavel Dvorak.");

        Assert.Equal(["Greta Lind + Pavel Dvorak | planned"], People(facts));
    }

    [Fact]
    public void The_meeting_word_nearest_the_people_decides_the_status()
    {
        var facts = Extract.From("Aug 2, 2019 - 09:00",
            "Both capitals were expected to relaunch their nuclear talks last month under an agreement that President Tomas Novak and leader Greta Lind made during their impromptu meeting at the border on June 30.");

        Assert.Equal(["Greta Lind + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void He_as_the_subject_is_the_person_the_article_is_about()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "UN envoy Tomas Novak arrived in Muscat on Monday.",
            "Novak said the visit would focus on the ceasefire.",
            "He also met with Greta Lind, the chief negotiator of the rebels.");

        Assert.Equal(["Greta Lind + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void Meeting_two_officials_of_one_country_is_one_meeting()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "US envoy Tomas Novak met Austrian Chancellor Greta Lind and Austrian Foreign Minister Pavel Dvorak in Vienna.");

        Assert.Equal(["Greta Lind + Pavel Dvorak + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void Meeting_ministers_of_several_countries_in_turn_is_one_meeting_with_each()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Foreign Minister Tomas Novak also met Austrian Foreign Minister Greta Lind, Slovak Foreign Minister Pavel Dvorak and Hungarian Foreign Minister Peter Kovacs.");

        Assert.Equal(["Greta Lind + Tomas Novak | held", "Pavel Dvorak + Tomas Novak | held", "Peter Kovacs + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void A_speaker_reporting_that_someone_received_the_minister_is_not_a_participant()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Foreign Minister Tomas Novak met Prime Minister Greta Lind in Kabul on Thursday.",
            "Ambassador Pavel Dvorak said that the prime minister had received FM Novak at the presidential palace.");

        Assert.DoesNotContain(facts.Meetings, m => m.Participants.Contains("Pavel Dvorak"));
    }

    [Fact]
    public void Talks_in_an_opening_phrase_do_not_pull_in_people_of_the_main_clause()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "In the talks with Novak, Austria does not intend to take up the postponed state visit by President Greta Lind.");

        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void People_who_led_discussions_for_one_side_did_not_meet_each_other()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "\"We had positive results from the talks in Riyadh, discussions led by our adviser Tomas Novak and our Secretary of State Greta Lind,\" he said.");

        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void A_person_named_in_a_participle_clause_after_the_meeting_is_not_a_participant()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "The move comes after President Tomas Novak and President Greta Lind held a summit last month, agreeing that they would prepare for Pavel Dvorak's visit.");

        Assert.Equal(["Greta Lind + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void A_spokesman_who_reports_the_meeting_after_it_is_not_a_participant()
    {
        var facts = Extract.From("Jan 25, 2024 - 09:00",
            "Minister Lena Vogel is also scheduled to hold talks with President Omar Haddad, spokesman Tim Brandt told reporters.");

        Assert.Equal(["Lena Vogel + Omar Haddad | planned"], People(facts));
    }

    [Fact]
    public void A_person_named_after_according_to_is_not_a_participant()
    {
        var facts = Extract.From("Jan 25, 2024 - 09:00",
            "Minister Lena Vogel met President Omar Haddad on Tuesday, according to aide Tim Brandt, who said the talks went well.");

        Assert.Equal(["Lena Vogel + Omar Haddad | held"], People(facts));
    }

    [Fact]
    public void A_visitor_meeting_several_officials_of_one_country_during_a_visit_has_a_round_of_meetings()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Czech envoy Tomas Novak visited Hungary on Sep. 2-4. During the visit, Novak met with Hungary's Foreign Minister Peter Kovacs and Deputy Foreign Minister Anna Szabo.");

        Assert.Equal(["Peter Kovacs + Tomas Novak | held", "Anna Szabo + Tomas Novak | held"], People(facts));
    }
}
