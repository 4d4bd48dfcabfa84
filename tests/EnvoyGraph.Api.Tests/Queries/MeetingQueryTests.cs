using EnvoyGraph.Api.Tests.Support;

namespace EnvoyGraph.Api.Tests.Queries;

/// <summary>meeting and meetings: filters, order, keyset paging, reports (issue 5).</summary>
public sealed class MeetingQueryTests : StandardGraphTest
{
    [Fact]
    public async Task One_meeting_reported_by_two_articles_lists_both_reports()
    {
        var body = await Run("""{ meetings(participant: "shigeki-takizaki") { nodes { date mode format reportedIn { evidence article { title outlet published } } } } }""");
        Assert.Equal("""{"data":{"meetings":{"nodes":[{"date":"2020-04-08","mode":"PHONE","format":"bilateral","reportedIn":[{"evidence":"The top nuclear envoys of South Korea and Japan held phone talks Wednesday.","article":{"title":"S. Korea, Japan nuclear envoys hold phone talks","outlet":"Yonhap","published":"2020-04-08"}},{"evidence":"Lee Do-hoon spoke by phone with Shigeki Takizaki on Wednesday.","article":{"title":"Envoys of Seoul and Tokyo meet again","outlet":"Test Wire","published":"2020-04-09"}}]}]}}}""",
            Sorted(body));
    }

    [Fact]
    public async Task Meetings_between_two_countries_in_a_year_accept_codes_and_names()
    {
        var byName = await Run("""{ meetings(countries: ["South Korea", "Japan"], from: "2017-01-01", to: "2017-12-31") { totalCount nodes { date format location } } }""");
        var byCode = await Run("""{ meetings(countries: ["kr", "JP"], from: "2017-01", to: "2017-12") { totalCount nodes { date format location } } }""");
        Assert.Equal("""{"data":{"meetings":{"totalCount":2,"nodes":[{"date":"2017-10-18","format":"trilateral","location":null},{"date":"2017-10-19","format":"bilateral","location":"Seoul"}]}}}""", byName);
        Assert.Equal(byName, byCode);
    }

    [Fact]
    public async Task Participant_with_person_gives_the_meetings_of_the_two()
    {
        Assert.Equal("""{"data":{"meetings":{"nodes":[{"date":"2017-10-18"},{"date":"2017-10-19"}]}}}""",
            await Run("""{ meetings(participant: "lee-do-hoon", withPerson: "kenji-kanasugi") { nodes { date } } }"""));
    }

    [Fact]
    public async Task Status_mode_and_month_precision_dates()
    {
        var body = await Run("""{ planned: meetings(status: PLANNED) { nodes { date datePrecision status location } } video: meetings(mode: VIDEO) { nodes { date datePrecision mode status } } }""");
        Assert.Equal("""{"data":{"planned":{"nodes":[{"date":"2021-05-27","datePrecision":"DAY","status":"PLANNED","location":"Washington"}]},"video":{"nodes":[{"date":"2021-05","datePrecision":"MONTH","mode":"VIDEO","status":"HELD"}]}}}""", body);
    }

    [Fact]
    public async Task Date_desc_order_pages_with_keyset_cursors_until_the_end()
    {
        var dates = new List<string>();
        string? after = null;
        for (var page = 0; page < 10; page++)
        {
            var data = Gql.Data(await Run("query($after: String) { meetings(first: 3, after: $after, order: DATE_DESC) { edges { cursor node { date } } pageInfo { hasNextPage endCursor } } }", new { after }))
                .GetProperty("meetings");
            dates.AddRange(data.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("date").GetString()!));
            if (!data.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            after = data.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        Assert.Equal(["2021-05-27", "2021-05", "2020-04-08", "2020-04-02", "2019-12-19", "2017-10-19", "2017-10-18"], dates);
    }

    [Fact]
    public async Task Meeting_by_id_and_unknown_id_is_null()
    {
        var id = Gql.Data(await Run("""{ meetings(first: 1) { nodes { id } } }""")).GetProperty("meetings").GetProperty("nodes")[0].GetProperty("id").GetString();
        var body = await Run("query($id: ID!) { meeting(id: $id) { date participants { name } } none: meeting(id: \"m-nothing\") { id } }", new { id });
        Assert.Equal("""{"data":{"meeting":{"date":"2017-10-18","participants":[{"name":"Joseph Yun"},{"name":"Kenji Kanasugi"},{"name":"Lee Do-hoon"}]},"none":null}}""", body);
    }

    [Fact]
    public async Task Total_count_is_not_computed_unless_asked()
    {
        await Run("""{ meetings(first: 2) { nodes { date } } }""");
        Assert.False(Counter.Calls.ContainsKey("CountMeetingsAsync"));
        await Run("""{ meetings(first: 2) { totalCount } }""");
        Assert.Equal(1, Counter.Calls["CountMeetingsAsync"]);
    }

    // Reports come in article-id order; sort them by publication date so the expectation reads naturally.
    private static string Sorted(string body) => body.Replace(
        """{"evidence":"Lee Do-hoon spoke by phone with Shigeki Takizaki on Wednesday.","article":{"title":"Envoys of Seoul and Tokyo meet again","outlet":"Test Wire","published":"2020-04-09"}},{"evidence":"The top nuclear envoys of South Korea and Japan held phone talks Wednesday.","article":{"title":"S. Korea, Japan nuclear envoys hold phone talks","outlet":"Yonhap","published":"2020-04-08"}}""",
        """{"evidence":"The top nuclear envoys of South Korea and Japan held phone talks Wednesday.","article":{"title":"S. Korea, Japan nuclear envoys hold phone talks","outlet":"Yonhap","published":"2020-04-08"}},{"evidence":"Lee Do-hoon spoke by phone with Shigeki Takizaki on Wednesday.","article":{"title":"Envoys of Seoul and Tokyo meet again","outlet":"Test Wire","published":"2020-04-09"}}""");
}
