using EnvoyGraph.Extraction.Facts;

namespace EnvoyGraph.Extraction.Tests;

/// <summary>The owner's two seed articles come out exactly as a careful reader states them (issue 2).</summary>
public class SeedArticleTests
{
    private static ArticleFacts Extract(string name) =>
        ArticleExtractor.Default.Extract(new ArticleInput(name, File.ReadAllText(RepoFiles.PathOf("samples/articles/" + name))));

    private static string Describe(MeetingFact m) =>
        $"{string.Join(" + ", m.Participants.Order())} | {m.Date} | {m.Mode} | {m.Status}";

    [Fact]
    public void Seed_001_gives_the_bilateral_and_the_three_way_talks_a_day_earlier()
    {
        var facts = Extract("001.txt");

        Assert.Equal("2017-10-19", facts.Published);
        Assert.Equal(
            ["Kenji Kanasugi + Lee Do-hoon | 2017-10-19 | in_person | held",
             "Joseph Yun + Kenji Kanasugi + Lee Do-hoon | 2017-10-18 | in_person | held"],
            facts.Meetings.Select(Describe));
        Assert.Equal([["Lee Do-hoon", "Kenji Kanasugi"]], facts.Counterparts);
    }

    [Fact]
    public void Seed_001_gives_each_envoy_his_country()
    {
        var persons = Extract("001.txt").Persons.ToDictionary(p => p.Name, p => p.Country);

        Assert.Equal("South Korea", persons["Lee Do-hoon"]);
        Assert.Equal("Japan", persons["Kenji Kanasugi"]);
        Assert.Equal("United States", persons["Joseph Yun"]);
    }

    [Fact]
    public void Seed_002_skips_the_menu_and_resolves_wednesday_and_last_thursday()
    {
        var facts = Extract("002.txt");

        Assert.Equal("2020-04-08", facts.Published);
        Assert.Equal("Top nuke envoys of S. Korea, Japan hold phone talks over NK denuclearization", facts.Title);
        Assert.Equal(
            ["Lee Do-hoon + Shigeki Takizaki | 2020-04-08 | phone | held",
             "Lee Do-hoon + Stephen Biegun | 2020-04-02 | phone | held"],
            facts.Meetings.Select(Describe));
        Assert.DoesNotContain(facts.Persons, p => p.Name.Contains("Kwon") || p.Name.Contains("Shin"));
    }

    [Fact]
    public void Seed_002_infers_the_korean_envoys_country_from_his_japanese_counterpart()
    {
        var persons = Extract("002.txt").Persons.ToDictionary(p => p.Name, p => p.Country);

        Assert.Equal("South Korea", persons["Lee Do-hoon"]);
        Assert.Equal("United States", persons["Stephen Biegun"]);
    }

    [Fact]
    public void Every_meeting_carries_its_evidence_sentence_at_its_offset()
    {
        var text = File.ReadAllText(RepoFiles.PathOf("samples/articles/001.txt"));
        var facts = ArticleExtractor.Default.Extract(new ArticleInput("001.txt", text));

        Assert.All(facts.Meetings, m => Assert.Equal(m.Evidence, text.Substring(m.Offset!.Value, m.Evidence.Length)));
    }
}
