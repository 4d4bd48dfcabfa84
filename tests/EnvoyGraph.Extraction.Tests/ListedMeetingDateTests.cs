namespace EnvoyGraph.Extraction.Tests;

/// <summary>A clause that lists earlier meetings of the same people, each with its own day (issue 3).</summary>
public class ListedMeetingDateTests
{
    // 2023-04-30 is a Sunday; the Tuesday before is 25 April.
    private const string Sunday = "Apr 30, 2023 - 10:00";

    [Fact]
    public void Each_listed_meeting_with_a_day_of_its_own_is_a_meeting()
    {
        var facts = Extract.From(Sunday,
            "Norwegian envoy Ingrid Solberg held a meeting with her Chilean counterpart, Tomas Aravena, on Tuesday in Oslo.",
            "It is their third consultation this month, following a bilateral session in Oslo on April 6 and phone talks on April 13.");

        Assert.Equal(
            ["Ingrid Solberg + Tomas Aravena | 2023-04-06 | in_person | held",
             "Ingrid Solberg + Tomas Aravena | 2023-04-13 | phone | held",
             "Ingrid Solberg + Tomas Aravena | 2023-04-25 | in_person | held"],
            Extract.Meetings(facts).Order());
    }

    [Fact]
    public void Third_meeting_this_month_counts_meetings_and_dates_none()
    {
        var facts = Extract.From(Sunday,
            "Norwegian envoy Ingrid Solberg held a meeting with her Chilean counterpart, Tomas Aravena, on Tuesday in Oslo.",
            "It was their third meeting this month.");

        // "this month" is the period counted over: the meeting is Tuesday's, reported once.
        Assert.Equal(["Ingrid Solberg + Tomas Aravena | 2023-04-25 | in_person | held"], Extract.Meetings(facts));
    }
}
