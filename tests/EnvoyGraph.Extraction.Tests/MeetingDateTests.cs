namespace EnvoyGraph.Extraction.Tests;

/// <summary>Which time phrase dates a meeting, and what a reader infers when the meeting's clause has none (issue 3).</summary>
public class MeetingDateTests
{
    // 2020-04-08 is a Wednesday.
    private const string Wednesday = "Apr 8, 2020 - 10:00";

    private static string DateOf(Facts.ArticleFacts facts, string person) =>
        facts.Meetings.Single(m => m.Participants.Contains(person)).Date ?? "null";

    [Fact]
    public void The_day_of_the_statement_is_not_the_day_of_the_meeting()
    {
        var facts = Extract.From(Wednesday,
            "Norway's envoy Ingrid Solberg and Chile's envoy Tomas Aravena have met in Oslo to discuss fisheries, the foreign ministry said Monday.");

        // "have met": a meeting of the days before the statement, so of the month of publication.
        Assert.Equal("2020-04", DateOf(facts, "Tomas Aravena"));
    }

    [Fact]
    public void A_time_phrase_in_a_clause_about_another_event_is_not_the_meetings()
    {
        var facts = Extract.From(Wednesday,
            "After returning home on Thursday, envoy Ingrid Solberg is scheduled to meet Tomas Aravena to discuss fisheries.");

        Assert.Equal(["Ingrid Solberg + Tomas Aravena | 2020-04 | in_person | planned"], Extract.Meetings(facts));
    }

    [Fact]
    public void The_day_a_forum_began_is_not_the_day_of_a_meeting_on_its_sidelines()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg met Tomas Aravena on the sidelines of the fisheries forum which began in Oslo on Monday.");

        // Between the opening on Monday and publication on Wednesday: April, but no particular day.
        Assert.Equal("2020-04", DateOf(facts, "Tomas Aravena"));
    }

    [Fact]
    public void Each_verb_of_a_sentence_reporting_two_meetings_takes_its_own_time_phrase()
    {
        // 2020-04-16 is a Thursday: "last week" is 6-12 April.
        var facts = Extract.From("Apr 16, 2020 - 10:00",
            "Envoy Ingrid Solberg had a videoconference with Tomas Aravena on Monday and talked by phone with Lucia Campos, the Peruvian envoy, last week.");

        Assert.Equal("2020-04-13", DateOf(facts, "Tomas Aravena"));
        Assert.Equal("2020-04", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void Also_met_is_the_month_of_the_meeting_reported_before()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg met Tomas Aravena in Oslo on Tuesday.",
            "Meanwhile, Solberg also met with Lucia Campos, the Peruvian envoy, and discussed the fishing season.");

        Assert.Equal("2020-04-07", DateOf(facts, "Tomas Aravena"));
        Assert.Equal("2020-04", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void Later_in_the_day_is_the_day_of_the_meeting_reported_before()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg met Tomas Aravena in Oslo on Monday.",
            "Later in the day, Solberg spoke by phone with Lucia Campos, the Peruvian envoy.");

        Assert.Equal("2020-04-06", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void A_meeting_during_the_current_visit_is_of_the_month_of_publication()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg arrived in Lima for a three-day visit.",
            "During the visit, Solberg met Peru's Foreign Minister Lucia Campos.");

        Assert.Equal("2020-04", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void A_planned_meeting_without_a_time_phrase_is_undated()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg is scheduled to meet Tomas Aravena to discuss fisheries.");

        // A plan may be weeks off: nothing in the story says it falls in the month of publication.
        Assert.Equal(["Ingrid Solberg + Tomas Aravena | null | in_person | planned"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_meeting_told_of_as_earlier_gets_no_date()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg met Tomas Aravena in Oslo on Tuesday.",
            "Earlier, Solberg met with Lucia Campos, the Peruvian envoy.");

        Assert.Equal("null", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void Talks_over_the_weekend_are_of_the_weekends_month()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg held talks with Tomas Aravena over the weekend.");

        Assert.Equal("2020-04", DateOf(facts, "Tomas Aravena"));
    }

    [Fact]
    public void The_next_sentence_about_the_same_people_tells_of_the_same_meeting()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg held talks with Tomas Aravena and Lucia Campos in Lima on Monday.",
            "Solberg, Aravena and Campos met hours after the fishing fleets left port.");

        Assert.All(facts.Meetings, m => Assert.Equal("2020-04-06", m.Date));
    }

    [Fact]
    public void A_lead_that_dates_talks_without_names_dates_the_sentence_that_names_them()
    {
        var facts = Extract.From(Wednesday,
            "Norway's chief envoy held talks with his Chilean counterpart on Monday, the ministry said.",
            "Ingrid Solberg met Tomas Aravena on the sidelines of the fisheries forum in Lima.");

        Assert.Equal("2020-04-06", DateOf(facts, "Tomas Aravena"));
    }

    [Fact]
    public void Then_goes_on_from_the_last_day_the_story_gave()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg arrived in Lima on Monday for talks on the fishing dispute.",
            "Solberg then headed to the foreign ministry to meet Peru's Foreign Minister Lucia Campos.");

        Assert.Equal("2020-04-06", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void The_date_of_the_dateline_is_not_the_date_of_the_meeting()
    {
        var facts = Extract.From(Wednesday,
            "OSLO, April 8 (Nordic Wire) -- Envoy Ingrid Solberg met Tomas Aravena on Monday to discuss fisheries.");

        Assert.Equal("2020-04-06", DateOf(facts, "Tomas Aravena"));
    }

    [Fact]
    public void The_following_week_without_its_event_gives_no_date()
    {
        var facts = Extract.From(Wednesday,
            "The fishing fleets agreed on a truce on March 2, opening the way for dialogue.",
            "The following week, envoy Ingrid Solberg met Tomas Aravena in Lima.");

        Assert.Equal("null", DateOf(facts, "Tomas Aravena"));
    }

    [Fact]
    public void The_meeting_right_after_a_dated_visit_is_of_that_day()
    {
        var facts = Extract.From(Wednesday,
            "Peru's Foreign Minister Lucia Campos met envoy Ingrid Solberg on her visit to Lima on Tuesday.",
            "The meeting between Solberg and Trade Minister Pablo Rojas was held at the ministry.");

        Assert.Equal("2020-04-07", DateOf(facts, "Pablo Rojas"));
    }

    [Fact]
    public void The_storys_lead_dates_a_later_undated_report_of_its_meeting()
    {
        var facts = Extract.From(Wednesday,
            "LIMA — Envoy Ingrid Solberg and her Peruvian counterpart on Monday had an in-depth discussion on fisheries.",
            "Fishing quotas have divided the two countries for a decade.",
            "Solberg held talks with Lucia Campos at the foreign ministry in Lima.");

        Assert.Equal("2020-04-06", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void He_also_met_is_a_meeting_of_the_stay_the_story_reports()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg wrapped up a visit to Lima focused on fisheries.",
            "She also met with Lucia Campos, Peru's foreign minister.");

        Assert.Equal("2020-04", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void I_also_met_in_a_quote_is_a_memory_with_no_date()
    {
        var facts = Extract.From(Wednesday,
            "\"I also met with Lucia Campos in Geneva and we discussed quotas,\" envoy Ingrid Solberg said.");

        Assert.Equal("null", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void As_well_as_does_not_cut_a_meeting_from_its_day()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg's trip included a meeting on Monday with Tomas Aravena as well as talks with fishing officials.");

        Assert.Equal("2020-04-06", DateOf(facts, "Tomas Aravena"));
    }

    [Fact]
    public void The_next_sentence_dating_the_meeting_without_names_dates_it()
    {
        var facts = Extract.From(Wednesday,
            "Chile's Foreign Minister Tomas Aravena is on a two-day visit to Norway to co-chair a joint commission meeting with his Norwegian counterpart Ingrid Solberg.",
            "Chile and Norway on Monday agreed to expand fisheries cooperation during the meeting chaired by the two foreign ministers in Oslo.");

        Assert.Equal("2020-04-06", DateOf(facts, "Tomas Aravena"));
    }

    [Fact]
    public void A_phrase_right_after_a_meeting_word_dates_that_meeting_not_the_next()
    {
        var facts = Extract.From(Wednesday,
            "On Monday, envoy Ingrid Solberg headed to Lima to meet Peru's envoy Lucia Campos and follow up on discussions in March and a phone call between President Tomas Aravena and President Maria Ruiz.");

        // "in March" dates the discussions; the call is one they follow up on, so before Monday, of no stated day.
        Assert.Equal("null", DateOf(facts, "Maria Ruiz"));
        Assert.Equal("2020-04-06", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void Words_said_at_a_meeting_date_it_to_the_day_the_sentence_before_gave_them()
    {
        var facts = Extract.From(Wednesday,
            "In Lima on Monday, Norway's envoy Ingrid Solberg urged both sides to return to the fisheries talks.",
            "\"We are ready to help,\" she said during a joint press conference with Peru's Foreign Minister Lucia Campos.");

        Assert.Equal("2020-04-06", DateOf(facts, "Lucia Campos"));
    }
}
