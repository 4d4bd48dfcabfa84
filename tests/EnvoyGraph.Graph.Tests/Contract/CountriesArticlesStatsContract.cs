using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Tests.Contract;

/// <summary>Countries with envoys and partners, articles, and dashboard stats (issue 5).</summary>
public abstract class CountriesArticlesStatsContract<TFactory> : StoreContract<TFactory> where TFactory : IStoreFactory, new()
{
    private async Task<IGraphStore> WorldAsync()
    {
        await IngestAsync(ReadFixtures.World);
        return await StoreAsync();
    }

    [SkippableFact]
    public async Task Countries_have_iso_codes_names_envoys_and_partners()
    {
        var store = await WorldAsync();
        Assert.Equal(["China CN", "Japan JP", "Russia RU", "South Korea KR", "United States US"],
            (await store.GetCountriesAsync()).Select(c => $"{c.Name} {c.Code}"));
        Assert.Equal(["JP"], (await store.GetCountriesAsync(["JP", "XX"])).Select(c => c.Code));
        Assert.Equal(["Kenji Kanasugi", "Shigeki Takizaki"], (await store.GetPersonsByCountriesAsync(["JP"])).Select(p => p.Name));
        var partners = await store.GetCountryPartnersAsync(["KR", "CN"]);
        Assert.Equal(["CN RU 1", "CN US 1", "KR JP 3", "KR US 2"],
            partners.Select(p => $"{p.CountryCode} {p.PartnerCode} {p.Count}").Order());
    }

    [SkippableFact]
    public async Task Articles_filter_by_outlet_ignoring_case_and_by_date_and_page()
    {
        var store = await WorldAsync();
        Assert.Equal(["lavrov.txt", "plan.txt"], (await store.QueryArticlesAsync(new(Outlet: "TASS"))).Items.Select(a => a.SourcePath));
        Assert.Equal(2, await store.CountArticlesAsync(new(From: PartialDate.Parse("2020-06"))));
        var first = await store.QueryArticlesAsync(new(First: 2));
        Assert.True(first.HasNextPage);
        var rest = await store.QueryArticlesAsync(new(First: 10, After: first.EndCursor));
        Assert.Equal(5, first.Items.Count + rest.Items.Count);
        Assert.False(rest.HasNextPage);
        Assert.Equal("https://example.org/wang", Assert.Single(await store.GetArticlesAsync([rest.Items.Single(a => a.Url is not null).Id])).Url);
    }

    [SkippableFact]
    public async Task Stats_count_held_meetings_per_month_country_pair_and_envoy()
    {
        var store = await WorldAsync();
        var stats = await store.GetStatsAsync(new());
        Assert.Equal(["2017-10:2", "2020-04:2", "2020-05:1", "2020-06:1"], stats.MeetingsPerMonth.Select(m => $"{m.Month}:{m.Count}"));
        Assert.Equal(["JP-KR:3", "KR-US:2", "CN-RU:1", "CN-US:1", "JP-US:1"], stats.CountryPairs.Select(p => $"{p.A}-{p.B}:{p.Count}"));
        Assert.Equal("lee-do-hoon:4", $"{stats.TopEnvoys[0].PersonId}:{stats.TopEnvoys[0].Count}");
        Assert.Equal(new Totals(7, 7, 5, 5, 3), stats.Totals);
    }

    [SkippableFact]
    public async Task Stats_follow_the_date_range_and_country()
    {
        var store = await WorldAsync();
        var stats = await store.GetStatsAsync(new(From: PartialDate.Parse("2020-01-01"), Country: "US"));
        Assert.Equal(["2020-04:1", "2020-05:1"], stats.MeetingsPerMonth.Select(m => $"{m.Month}:{m.Count}"));
        Assert.Equal(["CN-US:1", "KR-US:1"], stats.CountryPairs.Select(p => $"{p.A}-{p.B}:{p.Count}"));
        Assert.Equal(["stephen-biegun:2"], stats.TopEnvoys.Select(p => $"{p.PersonId}:{p.Count}"));
    }
}
