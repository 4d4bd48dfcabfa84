using EnvoyGraph.Api.Tests.Support;

namespace EnvoyGraph.Api.Tests.Queries;

/// <summary>encounters (who met whom when) and path (a chain of meetings) (issue 5).</summary>
public sealed class EncounterAndPathTests : StandardGraphTest
{
    [Fact]
    public async Task Encounters_of_a_person_list_each_other_participant_with_the_date()
    {
        var body = await Run("""{ encounters(person: "lee-do-hoon", from: "2020-01-01") { totalCount edges { person { name } other { name country { code } } date meeting { mode } } } }""");
        Assert.Equal("""{"data":{"encounters":{"totalCount":2,"edges":[{"person":{"name":"Lee Do-hoon"},"other":{"name":"Stephen Biegun","country":{"code":"US"}},"date":"2020-04-02","meeting":{"mode":"PHONE"}},{"person":{"name":"Lee Do-hoon"},"other":{"name":"Shigeki Takizaki","country":{"code":"JP"}},"date":"2020-04-08","meeting":{"mode":"PHONE"}}]}}}""", body);
    }

    [Fact]
    public async Task Encounter_edges_also_carry_node_and_cursor()
    {
        var data = Gql.Data(await Run("""{ encounters(person: "luo-zhaohui") { edges { cursor node { other { name } date } } } }"""));
        var edge = data.GetProperty("encounters").GetProperty("edges")[0];
        Assert.False(string.IsNullOrEmpty(edge.GetProperty("cursor").GetString()));
        Assert.Equal("""{"other":{"name":"Stephen Biegun"},"date":"2019-12-19"}""", edge.GetProperty("node").GetRawText());
    }

    [Fact]
    public async Task Path_links_two_persons_through_a_shortest_chain_of_meetings()
    {
        var body = await Run("""{ path(from: "shigeki-takizaki", to: "luo-zhaohui") { person { name } meeting { date } nextPerson { name } } }""");
        Assert.Equal("""{"data":{"path":[{"person":{"name":"Shigeki Takizaki"},"meeting":{"date":"2020-04-08"},"nextPerson":{"name":"Lee Do-hoon"}},{"person":{"name":"Lee Do-hoon"},"meeting":{"date":"2020-04-02"},"nextPerson":{"name":"Stephen Biegun"}},{"person":{"name":"Stephen Biegun"},"meeting":{"date":"2019-12-19"},"nextPerson":{"name":"Luo Zhaohui"}}]}}""", body);
    }

    [Fact]
    public async Task Path_beyond_max_hops_or_between_strangers_is_null()
    {
        Assert.Equal("""{"data":{"short":null,"strangers":null}}""",
            await Run("""{ short: path(from: "shigeki-takizaki", to: "luo-zhaohui", maxHops: 2) { person { id } } strangers: path(from: "lee-do-hoon", to: "sung-kim") { person { id } } }"""));
    }

    [Fact]
    public async Task Path_from_an_unknown_person_is_not_found()
    {
        Assert.Equal("""{"errors":[{"message":"from: no person with id 'nobody'","locations":[{"line":1,"column":3}],"path":["path"],"extensions":{"code":"NOT_FOUND"}}],"data":{"path":null}}""",
            await Run("""{ path(from: "nobody", to: "lee-do-hoon") { person { id } } }"""));
    }

    [Fact]
    public async Task Path_max_hops_out_of_range_is_refused_before_execution()
    {
        Assert.Equal("""{"errors":[{"message":"maxHops: 9 is out of range; give 1 to 6","locations":[{"line":1,"column":3}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
            await Run("""{ path(from: "a", to: "b", maxHops: 9) { person { id } } }"""));
    }
}
