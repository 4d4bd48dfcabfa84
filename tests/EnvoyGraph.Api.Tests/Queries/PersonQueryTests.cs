using EnvoyGraph.Api.Tests.Support;

namespace EnvoyGraph.Api.Tests.Queries;

/// <summary>person, persons and the fields of Person (issues 2 and 5).</summary>
public sealed class PersonQueryTests : StandardGraphTest
{
    [Fact]
    public async Task Lee_Do_hoon_answers_the_four_meetings_of_the_seeds_in_date_order()
    {
        // The walking skeleton's acceptance query (issue 2).
        var body = await Run("""{ person(name: "Lee Do-hoon") { meetings { date participants { name } } } }""");
        Assert.Equal("""{"data":{"person":{"meetings":[{"date":"2017-10-18","participants":[{"name":"Joseph Yun"},{"name":"Kenji Kanasugi"},{"name":"Lee Do-hoon"}]},{"date":"2017-10-19","participants":[{"name":"Kenji Kanasugi"},{"name":"Lee Do-hoon"}]},{"date":"2020-04-02","participants":[{"name":"Lee Do-hoon"},{"name":"Stephen Biegun"}]},{"date":"2020-04-08","participants":[{"name":"Lee Do-hoon"},{"name":"Shigeki Takizaki"}]}]}}}""", body);
    }

    [Fact]
    public async Task Person_by_name_is_case_insensitive_and_gives_the_same_person_as_by_id()
    {
        var byName = await Run("""{ person(name: "  lee do-hoon ") { id name country { code name } role } }""");
        var byId = await Run("""{ person(id: "lee-do-hoon") { id name country { code name } role } }""");
        Assert.Equal("""{"data":{"person":{"id":"lee-do-hoon","name":"Lee Do-hoon","country":{"code":"KR","name":"South Korea"},"role":"special representative for Korean Peninsula peace and security affairs"}}}""", byName);
        Assert.Equal(byName, byId);
    }

    [Fact]
    public async Task Unknown_person_is_null()
    {
        Assert.Equal("""{"data":{"person":null,"byId":null}}""", await Run("""{ person(name: "Nobody Atall") { id } byId: person(id: "nobody") { id } }"""));
    }

    [Fact]
    public async Task Person_without_id_or_name_is_refused_as_bad_user_input()
    {
        Assert.Equal("""{"errors":[{"message":"person: give an `id` or a `name`","locations":[{"line":1,"column":3}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
            await Run("{ person { id } }"));
    }

    [Fact]
    public async Task Counterparts_are_read_from_both_sides_with_their_countries()
    {
        var body = await Run("""{ lee: person(id: "lee-do-hoon") { counterparts { id name country { name } } } kanasugi: person(id: "kenji-kanasugi") { counterparts { name } } }""");
        Assert.Equal("""{"data":{"lee":{"counterparts":[{"id":"kenji-kanasugi","name":"Kenji Kanasugi","country":{"name":"Japan"}},{"id":"shigeki-takizaki","name":"Shigeki Takizaki","country":{"name":"Japan"}}]},"kanasugi":{"counterparts":[{"name":"Lee Do-hoon"}]}}}""", body);
    }

    [Fact]
    public async Task Person_articles_roles_and_filtered_meetings()
    {
        var body = await Run("""
            { person(id: "stephen-biegun") {
                articles { title published }
                roles { title country { code } firstSeen }
                meetings(country: "China") { date location participants { name } }
                phone: meetings(mode: PHONE, order: DATE_DESC) { date }
            } }
            """);
        Assert.Equal("""{"data":{"person":{"articles":[{"title":"Chinese envoy meets Biegun","published":"2019-12-20"},{"title":"S. Korea, Japan nuclear envoys hold phone talks","published":"2020-04-08"}],"roles":[{"title":null,"country":{"code":"US"},"firstSeen":"2019-12-20"},{"title":"special representative for North Korea","country":{"code":"US"},"firstSeen":"2020-04-08"}],"meetings":[{"date":"2019-12-19","location":"Beijing","participants":[{"name":"Luo Zhaohui"},{"name":"Stephen Biegun"}]}],"phone":[{"date":"2020-04-02"}]}}}""", body);
    }

    [Fact]
    public async Task Persons_pages_by_name_with_total_and_cursor()
    {
        var first = Gql.Data(await Run("""{ persons(country: "KR", first: 1) { totalCount edges { node { name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }""")).GetProperty("persons");
        Assert.Equal(2, first.GetProperty("totalCount").GetInt32());
        Assert.Equal("Lee Do-hoon", first.GetProperty("edges")[0].GetProperty("node").GetProperty("name").GetString());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var second = await Run("query($after: String) { persons(country: \"South Korea\", first: 1, after: $after) { edges { node { name } } pageInfo { hasNextPage hasPreviousPage } } }", new { after });
        Assert.Equal("""{"data":{"persons":{"edges":[{"node":{"name":"Noh Kyu-duk"}}],"pageInfo":{"hasNextPage":false,"hasPreviousPage":true}}}}""", second);
    }

    [Fact]
    public async Task Persons_search_matches_part_of_a_name()
    {
        Assert.Equal("""{"data":{"persons":{"nodes":[{"name":"Shigeki Takizaki"},{"name":"Sung Kim"}]}}}""",
            await Run("""{ persons(search: "ki") { nodes { name } } }"""));
    }
}
