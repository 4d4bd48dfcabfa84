namespace EnvoyGraph.Extraction.Tests;

/// <summary>Counterpart pairs, on sentences written for these tests (issue 3).</summary>
public class CounterpartTests
{
    private static IEnumerable<string> Pairs(EnvoyGraph.Extraction.Facts.ArticleFacts facts) =>
        facts.Counterparts.Select(c => string.Join(" + ", c.Order()));

    [Fact]
    public void His_counterparts_followed_by_a_list_gives_one_pair_per_person()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Austria's chief negotiator, Tomas Novak, and his Czech and Slovak counterparts -- Pavel Dvorak and Peter Kovacs -- met in Vienna on Monday.");

        Assert.Equal(["Pavel Dvorak + Tomas Novak", "Peter Kovacs + Tomas Novak"], Pairs(facts));
    }

    [Fact]
    public void His_counterpart_with_no_one_named_before_is_the_counterpart_of_the_person_the_article_is_about()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Foreign Minister Tomas Novak arrived in Kabul on Monday for a two-day visit.",
            "During the visit, the foreign minister will also hold talks with his Afghan counterpart Greta Lind.");

        Assert.Equal(["Greta Lind + Tomas Novak"], Pairs(facts));
        Assert.Equal(["Greta Lind + Tomas Novak | planned"], facts.Meetings.Select(m => $"{string.Join(" + ", m.Participants.Order())} | {m.Status}"));
    }

    [Fact]
    public void The_minister_as_subject_is_the_person_the_article_is_about()
    {
        var facts = Extract.From("Sep 5, 2019 - 09:00",
            "Foreign Minister Anna Berg concluded a tour of three European capitals.",
            "On her first stop, Berg met with British counterpart Liz Hart in London on Tuesday.",
            "On Wednesday, the minister headed to Paris to meet her French counterpart Paul Roux.");

        Assert.Equal(["Anna Berg + Liz Hart | held", "Anna Berg + Paul Roux | held"], facts.Meetings.Select(m => $"{string.Join(" + ", m.Participants.Order())} | {m.Status}"));
    }
}
