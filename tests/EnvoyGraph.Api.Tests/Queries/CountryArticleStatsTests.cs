using EnvoyGraph.Api.Tests.Support;

namespace EnvoyGraph.Api.Tests.Queries;

/// <summary>countries, country, articles and stats (issue 5).</summary>
public sealed class CountryArticleStatsTests : StandardGraphTest
{
    [Fact]
    public async Task Country_by_name_has_its_envoys_and_partners()
    {
        var body = await Run("""{ countries { code name } country(code: "South Korea") { code name envoys { name } partners { country { code name } count } } }""");
        Assert.Equal("""{"data":{"countries":[{"code":"CN","name":"China"},{"code":"JP","name":"Japan"},{"code":"KR","name":"South Korea"},{"code":"US","name":"United States"}],"country":{"code":"KR","name":"South Korea","envoys":[{"name":"Lee Do-hoon"},{"name":"Noh Kyu-duk"}],"partners":[{"country":{"code":"JP","name":"Japan"},"count":3},{"country":{"code":"US","name":"United States"},"count":3}]}}}""", body);
    }

    [Fact]
    public async Task Unknown_country_is_null()
    {
        Assert.Equal("""{"data":{"byCode":null,"byName":null}}""", await Run("""{ byCode: country(code: "ZZ") { name } byName: country(code: "Atlantis") { name } }"""));
    }

    [Fact]
    public async Task Articles_filter_by_outlet_and_date()
    {
        var body = await Run("""{ articles(outlet: "yonhap", from: "2018-01") { totalCount edges { node { title url outlet published } } } }""");
        Assert.Equal("""{"data":{"articles":{"totalCount":1,"edges":[{"node":{"title":"S. Korea, Japan nuclear envoys hold phone talks","url":null,"outlet":"Yonhap","published":"2020-04-08"}}]}}}""", body);
    }

    [Fact]
    public async Task Stats_count_held_meetings_per_month_pair_and_envoy_and_total_the_graph()
    {
        var body = await Run("""{ stats(from: "2020-01", to: "2021-12", top: 2) { meetingsPerMonth { month count } countryPairs { a { code } b { code } count } topEnvoys { person { name } count } totals { persons meetings articles countries counterparts } } }""");
        Assert.Equal("""{"data":{"stats":{"meetingsPerMonth":[{"month":"2020-04","count":2},{"month":"2021-05","count":1}],"countryPairs":[{"a":{"code":"KR"},"b":{"code":"US"},"count":2},{"a":{"code":"JP"},"b":{"code":"KR"},"count":1}],"topEnvoys":[{"person":{"name":"Lee Do-hoon"},"count":2},{"person":{"name":"Noh Kyu-duk"},"count":1}],"totals":{"persons":8,"meetings":7,"articles":5,"countries":4,"counterparts":3}}}}""", body);
    }

    [Fact]
    public async Task Stats_of_one_country()
    {
        var body = await Run("""{ stats(country: "CN") { meetingsPerMonth { month count } countryPairs { a { name } b { name } count } } }""");
        Assert.Equal("""{"data":{"stats":{"meetingsPerMonth":[{"month":"2019-12","count":1}],"countryPairs":[{"a":{"name":"China"},"b":{"name":"United States"},"count":1}]}}}""", body);
    }
}
