using EnvoyGraph.Extraction.Reading;

namespace EnvoyGraph.Extraction.Tests;

/// <summary>Dates in article URLs: a plausible calendar date at the start of a run of digits (issue 3).</summary>
public class UrlDateTests
{
    [Theory]
    [InlineData("https://news.example/2019/09/26/envoys-meet", "2019-09-26")]
    [InlineData("https://news.example/world/2010-08/26/content_1234.htm", "2010-08-26")]
    [InlineData("https://news.example/2012/mar/11/annan-in-damascus", "2012-03-11")]
    [InlineData("https://news.example/2015/September/3/story", "2015-09-03")]
    [InlineData("https://news.example/view/ABC20190926006100325", "2019-09-26")]
    [InlineData("https://news.example/view.php?mp=61&ud=20130917000720", "2013-09-17")]
    [InlineData("https://news.example/politics/envoy-to-meet-counterpart-20220921-p5bjs2", "2022-09-21")]
    [InlineData("https://news.example/story_2021.04.12_talks.html", "2021-04-12")]
    [InlineData("https://news.example/article/envoys-meet-march-3-2021", "2021-03-03")]
    [InlineData("https://news.example/article/weekly-round-up-may-07-14-2021", "2021-05-14")]
    public void A_date_at_the_start_of_a_digit_run_is_read(string url, string expected) =>
        Assert.Equal(expected, UrlDate.Day(url)?.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("https://news.example/news/54687/iranian-fm-holds-talks")]          // an id, not a date
    [InlineData("https://news.example/world/content_20801355.htm")]                // year 2080 is not plausible
    [InlineData("https://news.example/a/120190926/story")]                        // the date does not start the digit run
    [InlineData("https://news.example/2019/02/30/story")]                         // no such day
    [InlineData("https://news.example/2019/13/01/story")]                         // no such month
    [InlineData("https://news.example/1989/11/09/wall")]                          // before the years news sites date
    [InlineData("https://20190926.example/story")]                                // the host is not the path
    public void Numbers_that_are_not_a_plausible_date_give_none(string url) =>
        Assert.Null(UrlDate.Day(url));

    [Theory]
    [InlineData("https://news.example/2020/01/envoys-talk-after-plenum", 2020, 1)]
    [InlineData("https://news.example/2020/01/15/envoys-talk", 2020, 1)]
    [InlineData("https://news.example/2012/mar/envoy", 2012, 3)]
    public void Year_and_month_are_read_when_the_url_gives_no_day(string url, int year, int month) =>
        Assert.Equal((year, month), UrlDate.YearMonth(url));

    [Theory]
    [InlineData("https://news.example/2018/envoys-meet", 2018)]
    [InlineData("https://news.example/archive/2018", 2018)]
    [InlineData("https://news.example/view/ABC20190926006100325", 2019)]
    public void The_year_is_read_from_a_path_segment_or_a_date(string url, int year) =>
        Assert.Equal(year, UrlDate.Year(url));

    [Theory]
    [InlineData("https://news.example/news/2000-people-march")]
    [InlineData("https://news.example/news/54687/envoys")]
    public void A_year_like_number_inside_a_slug_is_not_a_year(string url) =>
        Assert.Null(UrlDate.Year(url));
}
