using EnvoyGraph.Api.Tests.Support;

namespace EnvoyGraph.Api.Tests.Limits;

/// <summary>Over-limit and bad requests are refused with a coded error, before execution where the document allows it (issue 5).</summary>
public sealed class LimitAndErrorTests : StandardGraphTest
{
    [Fact]
    public async Task Too_deep_a_query_is_refused_before_it_reads_the_store()
    {
        var nested = string.Concat(Enumerable.Repeat("counterparts { ", 15)) + "name" + new string('}', 15);
        var body = await Run($$"""{ person(id: "lee-do-hoon") { {{nested}} } }""");
        Assert.Equal("""{"errors":[{"message":"Query is too nested to execute. Maximum depth is 17 levels; maximum allowed on this endpoint is 15.","extensions":{"code":"QUERY_TOO_COMPLEX"}}]}""", body);
        Assert.Equal(0, Counter.TotalCalls);
    }

    [Fact]
    public async Task Too_costly_a_query_is_refused_before_it_reads_the_store()
    {
        var body = await Run("{ persons(first: 500) { edges { node { meetings(first: 500) { participants { meetings(first: 500) { id } } } } } } }");
        Assert.Equal("""{"errors":[{"message":"Query is too complex to execute. Complexity is 2505251002; maximum allowed on this endpoint is 250000.","extensions":{"code":"QUERY_TOO_COMPLEX"}}]}""", body);
        Assert.Equal(0, Counter.TotalCalls);
    }

    [Fact]
    public async Task A_dashboard_sized_query_is_within_the_limits()
    {
        var body = await Run("{ meetings(first: 100) { totalCount edges { node { date participants { name country { name } } reportedIn { evidence article { title url } } } } } }");
        Assert.DoesNotContain("errors", body);
    }

    [Theory]
    [InlineData("{ meetings(first: 501) { totalCount } }", "first: 501 is out of range; ask for 0 to 500 items and page on with `after`", 3)]
    [InlineData("{ persons(first: -1) { totalCount } }", "first: -1 is out of range; ask for 0 to 500 items and page on with `after`", 3)]
    [InlineData("{ meetings(from: \"2020-13\") { totalCount } }", "Argument 'from' has invalid value. Expected type 'Date', found \"2020-13\".", 12)]
    [InlineData("{ meetings(to: \"yesterday\") { totalCount } }", "Argument 'to' has invalid value. Expected type 'Date', found \"yesterday\".", 12)]
    public async Task Bad_page_size_or_date_is_bad_user_input_before_execution(string query, string message, int column)
    {
        Assert.Equal($$$"""{"errors":[{"message":"{{{message.Replace("\"", "\\\"")}}}","locations":[{"line":1,"column":{{{column}}}}],"extensions":{"code":"BAD_USER_INPUT"}}]}""", await Run(query));
        Assert.Equal(0, Counter.TotalCalls);
    }

    [Fact]
    public async Task Bad_date_in_a_variable_is_bad_user_input()
    {
        Assert.Equal("""{"errors":[{"message":"Variable '$d' is invalid. Unable to convert '2020-02-30' to 'Date'","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
            await Run("query($d: Date) { meetings(from: $d) { totalCount } }", new { d = "2020-02-30" }));
    }

    [Fact]
    public async Task Bad_cursor_is_bad_user_input()
    {
        Assert.Equal("""{"errors":[{"message":"after: 'bm90IGEgY3Vyc29y' is not a cursor this list gave out","locations":[{"line":1,"column":3}],"path":["meetings"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":null}""",
            await Run("""{ meetings(after: "bm90IGEgY3Vyc29y") { totalCount } }"""));
    }

    [Fact]
    public async Task Cursor_of_another_list_is_bad_user_input()
    {
        var cursor = Gql.Data(await Run("{ persons(first: 1) { pageInfo { endCursor } } }")).GetProperty("persons").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var body = await Run("query($c: String) { meetings(after: $c) { totalCount } }", new { c = cursor });
        Assert.Equal($$$"""{"errors":[{"message":"after: '{{{cursor}}}' is not a cursor this list gave out","locations":[{"line":1,"column":21}],"path":["meetings"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":null}""", body);
    }

    [Fact]
    public async Task Unknown_country_name_is_bad_user_input()
    {
        Assert.Equal("""{"errors":[{"message":"country: unknown country 'Atlantis'; give an ISO 3166-1 alpha-2 code such as \"KR\" or an English name such as \"South Korea\"","locations":[{"line":1,"column":3}],"path":["meetings"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":null}""",
            await Run("""{ meetings(country: "Atlantis") { totalCount } }"""));
    }

    [Fact]
    public async Task A_known_country_with_no_meetings_gives_an_empty_list()
    {
        Assert.Equal("""{"data":{"meetings":{"totalCount":0,"nodes":[]}}}""", await Run("""{ meetings(country: "France") { totalCount nodes { id } } }"""));
    }

    [Fact]
    public async Task Unknown_participant_is_not_found()
    {
        Assert.Equal("""{"errors":[{"message":"participant: no person with id 'nobody'","locations":[{"line":1,"column":3}],"path":["meetings"],"extensions":{"code":"NOT_FOUND"}}],"data":null}""",
            await Run("""{ meetings(participant: "nobody") { totalCount } }"""));
    }
}
