namespace EnvoyGraph.Extraction.Tests;

/// <summary>What "a day after", "the same day" and "three weeks after" count from (issue 3).</summary>
public class EventAnchorTests
{
    // 2013-09-17 is a Tuesday; the Monday before is 16 September.
    private const string Tuesday = "Sep 17, 2013 - 10:00";

    private static string DateOf(Facts.ArticleFacts facts, params string[] people) =>
        facts.Meetings.Single(m => m.Participants.Count == people.Length && people.All(m.Participants.Contains)).Date ?? "null";

    [Fact]
    public void Weeks_after_counts_back_from_the_day_the_sentence_names_to_a_month()
    {
        var facts = Extract.From(Tuesday,
            "A delegation headed by Chile's envoy Tomas Aravena arrived in Oslo on Monday, nearly three weeks after Aravena held talks in Santiago with his Norwegian counterpart Ingrid Solberg.");

        // Monday 16 September less three weeks is about 26 August: the days around it are all in August.
        Assert.Equal("2013-08", DateOf(facts, "Tomas Aravena", "Ingrid Solberg"));
    }

    [Fact]
    public void Weeks_after_across_a_months_end_names_no_month()
    {
        var facts = Extract.From(Tuesday,
            "Chile's envoy Tomas Aravena arrived in Oslo on Monday, two weeks after he held talks in Santiago with Norway's envoy Ingrid Solberg.");

        // Two weeks before 16 September is 2 September, and the days around it reach back into August.
        Assert.Equal("null", DateOf(facts, "Tomas Aravena", "Ingrid Solberg"));
    }

    [Fact]
    public void The_same_day_as_an_arrival_is_the_day_of_the_arrival()
    {
        var facts = Extract.From(Tuesday,
            "Chile's envoy Tomas Aravena arrived in Oslo on Monday.",
            "Aravena held talks with Norway's envoy Ingrid Solberg on the same day as his arrival.");

        Assert.Equal("2013-09-16", DateOf(facts, "Tomas Aravena", "Ingrid Solberg"));
    }

    [Fact]
    public void Later_in_the_day_after_a_recalled_meeting_is_the_storys_day()
    {
        var facts = Extract.From(Tuesday,
            "Chile's envoy Tomas Aravena held phone talks with Norway's envoy Ingrid Solberg on Monday.",
            "Aravena and Solberg held their first phone talks on Thursday, after Solberg was appointed.",
            "Later in the day, Aravena spoke by phone with Peru's envoy Lucia Campos.");

        Assert.Equal("2013-09-16", DateOf(facts, "Tomas Aravena", "Lucia Campos"));
    }
}
