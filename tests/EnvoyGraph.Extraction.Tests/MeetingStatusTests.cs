namespace EnvoyGraph.Extraction.Tests;

/// <summary>Held or planned, and meetings that are not meetings at all, on sentences written for these tests (issue 3).</summary>
public class MeetingStatusTests
{
    [Theory]
    [InlineData("Envoy Tomas Novak is scheduled to meet Greta Lind in Vienna.")]
    [InlineData("Envoy Tomas Novak is expected to meet with Greta Lind in Vienna.")]
    [InlineData("Envoy Tomas Novak is preparing to meet Greta Lind in Vienna.")]
    [InlineData("Envoy Tomas Novak plans to hold talks with Greta Lind in Vienna.")]
    [InlineData("Envoy Tomas Novak, on a two-day visit, will sit down with Greta Lind in Vienna.")]
    [InlineData("Tomas Novak is in Austria, where he is expected to meet with Greta Lind.")]
    [InlineData("Preparations for the telephone conversation between Tomas Novak and Greta Lind continue.")]
    [InlineData("A meeting between Tomas Novak and Greta Lind is in the works, officials said.")]
    public void A_meeting_announced_for_later_is_planned(string sentence)
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00", sentence);

        Assert.Equal(["Greta Lind + Tomas Novak | planned"], facts.Meetings.Select(m => $"{string.Join(" + ", m.Participants.Order())} | {m.Status}"));
    }

    [Fact]
    public void Travelling_somewhere_to_meet_someone_is_a_held_meeting()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "On Wednesday, Tomas Novak headed to Vienna to meet his Austrian counterpart Greta Lind.");

        Assert.Equal(["Greta Lind + Tomas Novak | held"], facts.Meetings.Select(m => $"{string.Join(" + ", m.Participants.Order())} | {m.Status}"));
    }

    [Fact]
    public void A_multiparty_forum_named_in_a_title_is_not_a_meeting_of_the_people_named()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "The delegation included the chief envoy to the six-party talks, Tomas Novak, and his deputy, Greta Lind.");

        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void The_two_before_a_country_name_is_not_the_people_of_the_last_meeting()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Tomas Novak met Greta Lind in Vienna on Monday.",
            "Vienna hosts the regional talks that also involve the two Koreas and Japan.");

        Assert.Equal(["Greta Lind + Tomas Novak | 2019-09-02 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_summit_dated_after_publication_is_planned()
    {
        var facts = Extract.From("Apr 24, 2018 - 09:00",
            "The two countries announced an informal summit between Tomas Novak and Greta Lind in Prague on April 27.");

        Assert.Equal(["Greta Lind + Tomas Novak | 2018-04-27 | in_person | planned"], Extract.Meetings(facts));
    }

    [Theory]
    [InlineData("They agreed to hold the first meeting of the joint committee later this year.")]
    [InlineData("They also agreed to actively pursue bilateral discussions on related matters.")]
    [InlineData("Both ministers affirmed that they will promote dialogue and practical cooperation.")]
    public void An_agreement_to_cooperate_later_is_not_a_planned_meeting(string sentence)
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00", "Tomas Novak met Greta Lind in Vienna on Monday.", sentence);

        Assert.Equal(["Greta Lind + Tomas Novak | 2019-09-02 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_trip_that_will_include_a_meeting_is_planned()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "The four-day trip by Tomas Novak will include a meeting with Deputy Foreign Minister Greta Lind as well as discussions on the railway project.");

        Assert.Equal(["Greta Lind + Tomas Novak | planned"], facts.Meetings.Select(m => $"{string.Join(" + ", m.Participants.Order())} | {m.Status}"));
    }

    [Fact]
    public void The_meetings_with_named_people_complete_a_meeting_announced_without_names()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Intelligence chief Tomas Novak is expected to meet in the coming days with the Austrian and Czech intelligence chiefs.",
            "The meetings with Austrian intelligence director Greta Lind and Czech intelligence director Pavel Dvorak will come amid intensive talks.");

        Assert.Equal(["Greta Lind + Pavel Dvorak + Tomas Novak | planned"], facts.Meetings.Select(m => $"{string.Join(" + ", m.Participants.Order())} | {m.Status}"));
    }
}
