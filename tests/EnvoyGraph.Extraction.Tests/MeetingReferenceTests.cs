namespace EnvoyGraph.Extraction.Tests;

/// <summary>
/// Meetings reported in less direct forms: separate talks, a round of talks listed afterwards, a meeting named as
/// the source of an agreement, a call set off by dashes, sentences written for these tests (issue 3).
/// </summary>
public class MeetingReferenceTests
{
    private static IEnumerable<string> People(EnvoyGraph.Extraction.Facts.ArticleFacts facts) =>
        facts.Meetings.Select(m => $"{string.Join(" + ", m.Participants.Order())} | {m.Status}");

    [Fact]
    public void Separate_talks_announced_in_the_lede_with_two_officials_of_one_country_are_two_meetings()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Norway's chief negotiator held separate talks with his Swedish counterpart and the Swedish trade secretary on Wednesday.",
            "Tomas Novak met with his counterpart, Greta Lind, and Pavel Dvorak, the Swedish trade secretary, in Oslo, the ministry said.");

        Assert.Contains("Greta Lind + Tomas Novak | held", People(facts));
        Assert.Contains("Pavel Dvorak + Tomas Novak | held", People(facts));
        Assert.DoesNotContain(facts.Meetings, m => m.Participants.Count > 2);
    }

    [Fact]
    public void Meetings_listed_as_they_included_talks_with_are_the_envoys_own_meetings_in_that_month()
    {
        var facts = Extract.From("Oct 23, 2022 - 09:00",
            "Envoy Tomas Novak met militia leader Pavel Dvorak in Tripoli on Saturday.",
            "In a statement on Sunday, the envoy listed the meetings held during his first week.",
            "They included talks with both rival prime ministers Greta Lind and Anne Morel.");

        Assert.Contains("Pavel Dvorak + Tomas Novak | 2022-10-22 | in_person | held", Extract.Meetings(facts));
        Assert.Contains("Greta Lind + Tomas Novak | 2022-10 | in_person | held", Extract.Meetings(facts));
        Assert.Contains("Anne Morel + Tomas Novak | 2022-10 | in_person | held", Extract.Meetings(facts));
        Assert.DoesNotContain(facts.Meetings, m => m.Participants.Order().SequenceEqual(["Anne Morel", "Greta Lind"]));
    }

    [Fact]
    public void Spoke_with_a_weekday_before_to_is_a_meeting_that_day()
    {
        // 2022-10-23 is a Sunday; the Saturday before is the 22nd.
        var facts = Extract.From("Oct 23, 2022 - 09:00",
            "Envoy Tomas Novak spoke on Saturday to Pavel Dvorak, who controls the east of the country, about the ceasefire.");

        Assert.Equal(["Pavel Dvorak + Tomas Novak | 2022-10-22 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_summit_named_as_the_source_of_an_agreement_is_not_a_meeting_of_the_clauses_people()
    {
        var facts = Extract.From("Nov 18, 2021 - 09:00",
            "Minister Tomas Novak said he would work with Minister Pavel Dvorak to realize the shared vision agreed upon during the Czech-Polish Summit held on October 8.");

        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void A_modal_after_a_summit_named_as_the_source_of_agreements_does_not_make_it_planned()
    {
        var facts = Extract.From("May 26, 2021 - 09:00",
            "The envoys agreed to pursue dialogue so the agreements during the Novak-Dvorak summit would be swiftly implemented.");

        Assert.DoesNotContain(facts.Meetings, m => m.Status == "planned");
    }

    [Fact]
    public void A_call_between_two_people_set_off_by_dashes_is_a_meeting_of_exactly_them()
    {
        var facts = Extract.From("Jan 10, 2020 - 09:00",
            "The call — between Tomas Novak, the Czech envoy, and Pavel Dvorak, the Polish envoy — was first reported by a news agency citing an official.");

        Assert.Equal(["Pavel Dvorak + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void A_joint_press_conference_with_someone_is_a_meeting_with_them()
    {
        var facts = Extract.From("Aug 2, 2019 - 09:00",
            "Secretary Tomas Novak arrived in Bangkok on Wednesday.",
            "\"We stand ready to talk,\" he said during a joint press conference with Thai Foreign Minister Pavel Dvorak in Bangkok.");

        Assert.Contains("Pavel Dvorak + Tomas Novak | held", People(facts));
    }

    [Fact]
    public void Discussed_with_someone_is_a_meeting_with_them()
    {
        var facts = Extract.From("Dec 21, 2022 - 09:00",
            "Envoy Tomas Novak visited Prague and said he had discussed with Pavel Dvorak how to strengthen confidence measures.");

        Assert.Equal(["Pavel Dvorak + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void He_after_a_clause_break_that_hides_the_first_name_is_the_person_the_article_is_about()
    {
        var facts = Extract.From("Sep 22, 2021 - 09:00",
            "Envoy Tomas Novak arrived in Oman on Sunday.",
            "Tomas Novak said in a statement, \"He concluded his visit to the Omani capital, Muscat, where he met the Minister of Foreign Affairs, Pavel Dvorak, and a number of senior officials.\"");

        Assert.Contains("Pavel Dvorak + Tomas Novak | held", People(facts));
    }

    [Fact]
    public void Welcomed_a_visiting_minister_is_a_meeting_with_them()
    {
        var facts = Extract.From("Jun 21, 2017 - 09:00",
            "Last week, Minister Anna Berg had welcomed special envoy of the United Arab Emirates (UAE), Minister of State Omar Saleh, to discuss the crisis.");

        Assert.Equal(["Anna Berg + Omar Saleh | held"], People(facts));
    }

    [Fact]
    public void Welcomed_a_decision_is_no_meeting()
    {
        var facts = Extract.From("Jun 21, 2017 - 09:00",
            "Minister Anna Berg welcomed the decision announced by Omar Saleh on Monday.");

        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void Welcoming_a_visit_during_talks_is_a_meeting_through_the_talks()
    {
        var facts = Extract.From("Jul 9, 2020 - 09:00",
            "Minister Anna Berg welcomed the first official visit by Swedish Foreign Secretary Lars Holm during their talks in Oslo on Wednesday.");

        Assert.Equal(["Anna Berg + Lars Holm | held"], People(facts));
    }

    [Fact]
    public void A_meeting_expected_earlier_in_the_story_has_taken_place_once_the_round_is_completed()
    {
        // 2022-09-09 is a Friday.
        var facts = Extract.From("Sep 9, 2022 - 18:00",
            "Envoy Tomas Novak headed on Friday to the palace to meet with Speaker Pavel Dvorak and is expected to head from there to the ministry to meet with Prime Minister Greta Lind.",
            "After completing his round of meetings, Novak headed to the airport.");

        Assert.Equal(["Pavel Dvorak + Tomas Novak | 2022-09-09 | in_person | held", "Greta Lind + Tomas Novak | 2022-09-09 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_meeting_word_inside_a_quotation_gives_way_to_the_meeting_of_the_sentence()
    {
        var facts = Extract.From("Aug 2, 2019 - 09:00",
            "Secretary Tomas Novak arrived in Bangkok on Wednesday.",
            "\"We stand ready to continue our conversation with the rebels,\" he said during a joint press conference with Thai Foreign Minister Pavel Dvorak.");

        Assert.Equal(["Pavel Dvorak + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void The_discussions_described_afterwards_are_the_meeting_just_reported_not_one_dated_by_their_subject()
    {
        // 2025-09-07 is a Sunday.
        var facts = Extract.From("Sep 7, 2025 - 18:00",
            "Commander Pavel Dvorak met Sunday with UN envoy Anna Berg in Benghazi to review a new roadmap.",
            "A statement from Dvorak's office said the discussions centered on the plan Berg outlined to the Security Council last month.");

        Assert.Equal(["Anna Berg + Pavel Dvorak | 2025-09-07 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void Two_leaders_who_jointly_announced_something_met()
    {
        var facts = Extract.From("Jul 14, 2023 - 09:00",
            "President Tomas Novak and Prime Minister Pavel Dvorak jointly announced a strategic partnership in Prague on Monday.");

        Assert.Equal(["Pavel Dvorak + Tomas Novak | held"], People(facts));
    }

    [Fact]
    public void A_lede_naming_the_envoys_only_by_country_is_the_meeting_the_story_then_dates_and_names()
    {
        // 2013-09-17 is a Tuesday; the Monday before is the 16th.
        var facts = Extract.From("Sep 17, 2013 - 09:00",
            "Chief nuclear envoys from Norway and Sweden held talks in Oslo and shared views on the fishing dispute, the ministry said Tuesday.",
            "Norwegian envoy Tomas Novak and his deputy Greta Lind held talks with Swedish envoy Lars Holm in Oslo on Monday.");

        Assert.Equal(["Greta Lind + Lars Holm + Tomas Novak | 2013-09-16 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void Meeting_someone_for_the_second_time_implies_an_earlier_undated_meeting()
    {
        var facts = Extract.From("Jul 14, 2023 - 09:00",
            "Minister Anna Berg has held talks with her Swedish counterpart Lars Holm in Jakarta on Thursday for the second time in a year.");

        Assert.Contains("Anna Berg + Lars Holm | 2023-07-13 | in_person | held", Extract.Meetings(facts));
        Assert.Contains("Anna Berg + Lars Holm | null | in_person | held", Extract.Meetings(facts));
        Assert.Equal(2, facts.Meetings.Count);
    }

    [Fact]
    public void Whatever_was_attended_by_several_people_after_its_host_is_one_meeting_of_them_all()
    {
        var facts = Extract.From("May 14, 2021 - 09:00",
            "On Wednesday, Foreign Minister Tomas Novak met with officials from the Baltic states.",
            "The event was attended by Estonian Foreign Minister Anna Berg, Latvian Foreign Minister Lars Holm and Lithuanian Foreign Minister Pavel Dvorak.");

        Assert.Equal(["Anna Berg + Lars Holm + Pavel Dvorak + Tomas Novak | 2021-05-12 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void Arrived_somewhere_to_meet_someone_announces_a_meeting_still_ahead()
    {
        var facts = Extract.From("May 3, 2018 - 09:00",
            "Sources close to the mission said that envoy Tomas Novak had arrived in Muscat to meet with rebel negotiator Pavel Dvorak.");

        Assert.Equal(["Pavel Dvorak + Tomas Novak | planned"], People(facts));
    }
}
