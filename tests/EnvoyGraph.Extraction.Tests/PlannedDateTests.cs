namespace EnvoyGraph.Extraction.Tests;

/// <summary>When a planned meeting whose clause names no time takes place: only what the story ties it to dates it (issue 3).</summary>
public class PlannedDateTests
{
    // 2020-04-08 is a Wednesday.
    private const string Wednesday = "Apr 8, 2020 - 10:00";

    private static string DateOf(Facts.ArticleFacts facts, string person) =>
        facts.Meetings.Single(m => m.Participants.Contains(person)).Date ?? "null";

    [Fact]
    public void A_plan_the_story_ties_to_no_time_is_undated()
    {
        var facts = Extract.From(Wednesday,
            "Preparations for a phone call between envoy Ingrid Solberg and Tomas Aravena continue, the ministry said.");

        Assert.Equal(["Ingrid Solberg + Tomas Aravena | null | phone | planned"], Extract.Meetings(facts));
    }

    [Fact]
    public void In_the_coming_days_across_a_months_end_names_no_month()
    {
        var facts = Extract.From("Apr 28, 2020 - 10:00",
            "Envoy Ingrid Solberg is expected to meet Tomas Aravena in the coming days to discuss fisheries.");

        Assert.Equal("null", DateOf(facts, "Tomas Aravena"));
    }

    [Fact]
    public void In_the_coming_days_within_a_month_is_that_month()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg is expected to meet Tomas Aravena in the coming days to discuss fisheries.");

        Assert.Equal("2020-04", DateOf(facts, "Tomas Aravena"));
    }

    [Fact]
    public void A_plan_during_the_visit_under_way_is_of_the_month_of_publication()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg is currently in Lima, where she is expected to meet Peru's Foreign Minister Lucia Campos.");

        Assert.Equal("2020-04", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void A_further_plan_takes_the_time_the_story_gave_the_trip()
    {
        // "Next week" from Wednesday 8 April is 13-19 April.
        var facts = Extract.From(Wednesday,
            "Chilean envoy Tomas Aravena plans to visit Norway next week to discuss fisheries, officials said.",
            "Aravena also plans to have a separate meeting with Prime Minister Ingrid Solberg, they said.");

        Assert.Equal("2020-04", DateOf(facts, "Ingrid Solberg"));
    }

    [Fact]
    public void After_the_talks_is_the_day_of_the_talks_the_story_reports()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg held talks with Tomas Aravena in Oslo on Tuesday.",
            "Aravena had last met Solberg in Lima in January.",
            "After the talks, Solberg will meet Lucia Campos, the Peruvian envoy.");

        Assert.Equal("2020-04-07", DateOf(facts, "Lucia Campos"));
    }

    [Fact]
    public void A_plan_of_someone_who_is_in_the_city_now_is_of_the_month_of_publication()
    {
        var facts = Extract.From(Wednesday,
            "Envoy Ingrid Solberg, who is in Lima for a fisheries conference, is preparing to meet Peru's Foreign Minister Lucia Campos.");

        Assert.Equal("2020-04", DateOf(facts, "Lucia Campos"));
    }
}
