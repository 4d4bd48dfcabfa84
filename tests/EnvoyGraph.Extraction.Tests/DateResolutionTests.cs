using EnvoyGraph.Extraction.Mentions;

namespace EnvoyGraph.Extraction.Tests;

/// <summary>Time phrases against a publication date: one case a line (issue 3).</summary>
public class DateResolutionTests
{
    // 2020-04-08 is a Wednesday.
    [Theory]
    [InlineData("They met on Wednesday.", false, "2020-04-08")]        // the day of publication
    [InlineData("They met last Thursday.", false, "2020-04-02")]
    [InlineData("They met on Thursday.", false, "2020-04-02")]         // past tense: the week before
    [InlineData("They will meet on Thursday.", true, "2020-04-09")]    // planned: the days ahead
    [InlineData("They will meet next Monday.", true, "2020-04-13")]
    [InlineData("They met yesterday.", false, "2020-04-07")]
    [InlineData("They met on April 6.", false, "2020-04-06")]
    [InlineData("They met on Oct. 19, 2017.", false, "2017-10-19")]
    [InlineData("They met in June.", false, "2019-06")]                // a June after April is last year's
    [InlineData("They met in March.", false, "2020-03")]
    [InlineData("They met last month.", false, "2020-03")]
    [InlineData("They met earlier this month.", false, "2020-04")]
    [InlineData("They will meet next month.", true, "2020-05")]
    [InlineData("They met late June 2018.", false, "2018-06")]
    [InlineData("They met last week.", false, null)]                  // Mar 30 - Apr 5 straddles two months
    [InlineData("They met last year.", false, null)]
    [InlineData("They met over the weekend.", false, "2020-04")]      // 4-5 April
    [InlineData("They will meet next weekend.", true, "2020-04")]     // 11-12 April
    public void Phrase_resolves_against_publication(string sentence, bool planned, string? expected)
    {
        var published = new DateOnly(2020, 4, 8);
        var mention = Assert.Single(DateFinder.Find(sentence));
        var date = DateResolver.Resolve(mention, published, null, planned);
        Assert.Equal(expected, date?.ToString());
    }

    [Fact]
    public void A_day_after_counts_back_from_the_talks_that_came_after()
    {
        var mention = Assert.Single(DateFinder.Find("The talks came a day after they had a three-way discussion."));
        var date = DateResolver.Resolve(mention, new DateOnly(2017, 10, 19), Facts.PartialDate.Parse("2017-10-19"), false);
        Assert.Equal("2017-10-18", date?.ToString());
    }

    [Fact]
    public void Without_a_publication_date_a_weekday_cannot_be_dated()
    {
        var mention = Assert.Single(DateFinder.Find("They met on Monday."));
        Assert.Null(DateResolver.Resolve(mention, null, null, false));
    }
}
