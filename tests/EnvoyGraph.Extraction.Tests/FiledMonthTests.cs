namespace EnvoyGraph.Extraction.Tests;

/// <summary>An article whose day of publication is unknown but whose URL files it under a month (issue 3).</summary>
public class FiledMonthTests
{
    private static Facts.ArticleFacts FromUrl(string url, params string[] paragraphs) =>
        ArticleExtractor.Default.Extract(new ArticleInput("test.txt", string.Join("\n\n", paragraphs), Url: url));

    [Fact]
    public void A_weekday_in_an_article_filed_under_a_month_is_of_that_month()
    {
        var facts = FromUrl("https://news.example.org/2020/01/envoys-talk",
            "Norway's envoy Ingrid Solberg held phone talks with her Chilean counterpart Tomas Aravena on Wednesday, the ministry said.");

        Assert.Equal(["Ingrid Solberg + Tomas Aravena | 2020-01 | phone | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_day_named_with_its_month_takes_the_year_of_the_month_filed()
    {
        var facts = FromUrl("https://news.example.org/2020/01/envoys-talk",
            "Norway's envoy Ingrid Solberg met her Chilean counterpart Tomas Aravena in Oslo on December 20.");

        // December after January: the December before.
        Assert.Equal(["Ingrid Solberg + Tomas Aravena | 2019-12-20 | in_person | held"], Extract.Meetings(facts));
    }

    [Fact]
    public void A_plan_for_a_weekday_in_an_article_filed_under_a_month_is_undated()
    {
        var facts = FromUrl("https://news.example.org/2020/01/envoys-talk",
            "Norway's envoy Ingrid Solberg will meet her Chilean counterpart Tomas Aravena in Oslo on Friday.");

        // Filed in January, but the Friday after an unknown day may fall in February.
        Assert.Equal(["Ingrid Solberg + Tomas Aravena | null | in_person | planned"], Extract.Meetings(facts));
    }
}
