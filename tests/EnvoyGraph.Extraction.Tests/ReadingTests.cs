namespace EnvoyGraph.Extraction.Tests;

/// <summary>Reading a page: HTML, URL headers, publication dates in their many forms, page chrome (issue 3).</summary>
public class ReadingTests
{
    private static Facts.ArticleFacts Read(string text, string? url = null) =>
        ArticleExtractor.Default.Extract(new ArticleInput("t", text, url));

    private const string Story = "Envoy Hanna Koch met Milan Horvat in Zagreb on Tuesday to discuss energy links between the two countries.";

    [Theory]
    [InlineData("Published : Oct 19, 2017 - 09:51", "2017-10-19")]
    [InlineData(" date 2021-08-23  Back To Top", "2021-08-23")]
    [InlineData("13:40 September 10, 2019", "2019-09-10")]
    [InlineData("Publish Date: 18:50 - 23 November 2021", "2021-11-23")]
    [InlineData("Updated 05-Jan-2019", "2019-01-05")]
    public void Publication_date_is_read_from_the_page_header(string header, string expected) =>
        Assert.Equal(expected, Read(header + "\n\n" + Story).Published);

    [Fact]
    public void A_line_that_is_only_a_date_just_under_the_lead_is_the_publication_date()
    {
        var facts = Read("Envoys seek a way out of the energy dispute\n\n" + Story + "\n3 min read\n14 March, 2024\n\n"
            + "Koch said on Wednesday that a second round of talks could follow in the spring.");

        Assert.Equal("2024-03-14", facts.Published);
        Assert.Contains(facts.Meetings, m => m.Date == "2024-03-12");
    }

    [Fact]
    public void A_date_inside_a_sentence_of_the_body_is_not_the_publication_date() =>
        Assert.Null(Read("Envoys look back\n\n" + Story + "\n\nThey first met on 14 March, 2019 in Vienna when both were junior diplomats.").Published);

    [Fact]
    public void Without_any_page_date_an_embedded_posts_date_places_the_story()
    {
        // 2024-04-14 is a Sunday.
        var facts = Read("Envoys speak by phone\n\nEnvoy Hanna Koch received a phone call from Milan Horvat late on Sunday, the ministry said.\n\n"
            + "Envoy Hanna Koch receives a call from Minister Milan Horvat. pic.twitter.com/abc123 \u2014 Foreign Ministry (@ExampleMofa) April 14, 2024\n\n"
            + "The two discussed energy links.");

        Assert.Equal("2024-04-14", facts.Published);
        Assert.Contains(facts.Meetings, m => m.Date == "2024-04-14");
    }

    [Fact]
    public void A_dateline_gives_the_publication_date_with_the_year_from_the_url() =>
        Assert.Equal("2019-09-10", Read("SEOUL, Sept. 10 (Yonhap) -- " + Story, "https://example.org/2019/09/10/story").Published);

    [Theory]
    [InlineData("https://example.org/view/NWS20190910001200315")]
    [InlineData("https://example.org/view.php?ud=20190910000720")]
    [InlineData("https://example.org/2019/sep/10/envoys")]
    public void A_dateline_takes_its_year_from_a_date_glued_into_the_url(string url) =>
        Assert.Equal("2019-09-10", Read("Envoys meet\nSEOUL, Sept. 10 (Yonhap) -- " + Story, url).Published);

    [Fact]
    public void A_dateline_with_its_year_and_an_agency_between_slashes_is_the_publication_date() =>
        Assert.Equal("2025-11-17", Read("Bishkek, Nov. 17, 2025. /Wire/. " + Story).Published);

    [Fact]
    public void A_dated_page_stamp_after_a_byline_is_the_publication_date() =>
        Assert.Equal("2020-04-02", Read("Envoys meet in Zagreb\n\nAna Horvat 2 minutes ago Thu 02nd April 2020 | 12:15 PM\n\n" + Story).Published);

    [Fact]
    public void A_header_date_from_another_month_than_the_url_files_the_story_under_is_not_its_date() =>
        Assert.Null(Read("Site Logo\nNovember 23, 2024\nNews\n\n" + Story, "https://example.org/2020/01/envoys-meet").Published);

    [Fact]
    public void A_day_in_the_url_wins_over_a_later_updated_stamp() =>
        Assert.Equal("2019-09-10", Read("Updated : Sept. 14, 2019\n\n" + Story, "https://example.org/2019/09/10/envoys").Published);

    [Fact]
    public void A_url_header_line_is_the_articles_url_and_its_date_is_evidence()
    {
        var facts = Read("url: https://example.org/news/2018/03/14/envoys\n\n" + Story);

        Assert.Equal("https://example.org/news/2018/03/14/envoys", facts.Url);
        Assert.Equal("2018-03-14", facts.Published);
        Assert.Equal("2018-03-13", facts.Meetings.Single().Date);
    }

    [Fact]
    public void Html_is_reduced_to_text_and_its_canonical_link_is_the_url()
    {
        var html = "<html><head><title>Envoys meet</title><link rel=\"canonical\" href=\"https://example.org/2018/03/14/a\">" +
                   "<script>var x = 'Fake Person met Other Person';</script></head><body><nav><ul><li>Home</li><li>World</li></ul></nav>" +
                   "<p>Published : Mar 14, 2018 - 10:00</p><p>" + Story + "</p><footer>Copyright Example News</footer></body></html>";
        var facts = Read(html);

        Assert.Equal("https://example.org/2018/03/14/a", facts.Url);
        Assert.Equal("Envoys meet", facts.Title);
        Assert.Equal(["Hanna Koch + Milan Horvat | 2018-03-13 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void Menus_and_headline_lists_yield_no_people()
    {
        var facts = Read("Published : Mar 14, 2018 - 10:00\nHome\nWorld\nPolitics\n\n" + Story +
                         "\n\nMOST POPULAR\nPresident Otto Brandt visits Lisbon\nPublisher Erik Lund");

        Assert.Equal(["Hanna Koch", "Milan Horvat"], facts.Persons.Select(p => p.Name).Order());
    }

    [Fact]
    public void A_paywall_pitch_above_the_story_does_not_end_it()
    {
        var facts = Read("Published : Mar 14, 2018 - 10:00\n\nSubscribe to gift this article\n\n" +
                         "Gift 5 articles to anyone you choose each month when you subscribe.\n\nSubscribe now\n\nAlready a subscriber?\n\n" + Story);

        Assert.Equal(["Hanna Koch", "Milan Horvat"], facts.Persons.Select(p => p.Name).Order());
    }

    [Fact]
    public void A_menu_line_above_the_headline_is_not_the_title()
    {
        var facts = Read("Skip to main content\nHome | World | Politics | Business | Sport\nEnvoys from Croatia and Austria meet in Zagreb\n\n" + Story);

        Assert.Equal("Envoys from Croatia and Austria meet in Zagreb", facts.Title);
    }
}
