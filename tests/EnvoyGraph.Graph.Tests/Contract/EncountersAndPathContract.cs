using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Tests.Contract;

/// <summary>Who met whom when, and chains of meetings between two persons (issue 5). Held meetings only.</summary>
public abstract class EncountersAndPathContract<TFactory> : StoreContract<TFactory> where TFactory : IStoreFactory, new()
{
    private async Task<IGraphStore> WorldAsync()
    {
        await IngestAsync(ReadFixtures.World);
        return await StoreAsync();
    }

    private static IEnumerable<string> Show(IEnumerable<Encounter> es) => es.Select(e => $"{e.Date} {e.PersonId}>{e.OtherId}");

    [SkippableFact]
    public async Task Encounters_of_a_person_list_each_other_participant_of_held_meetings()
    {
        var store = await WorldAsync();
        var page = await store.QueryEncountersAsync(new(Person: "lee-do-hoon"));
        Assert.Equal([
            "2017-10-18 lee-do-hoon>joseph-yun", "2017-10-18 lee-do-hoon>kenji-kanasugi", "2017-10-19 lee-do-hoon>kenji-kanasugi",
            "2020-04-02 lee-do-hoon>stephen-biegun", "2020-04-08 lee-do-hoon>shigeki-takizaki"], Show(page.Items));
        Assert.Equal(5, await store.CountEncountersAsync(new(Person: "lee-do-hoon")));
    }

    [SkippableFact]
    public async Task With_a_person_country_filters_the_other_side_without_it_the_person_side()
    {
        var store = await WorldAsync();
        Assert.Equal(["2017-10-18 lee-do-hoon>kenji-kanasugi", "2017-10-19 lee-do-hoon>kenji-kanasugi", "2020-04-08 lee-do-hoon>shigeki-takizaki"],
            Show((await store.QueryEncountersAsync(new(Person: "lee-do-hoon", Country: "JP"))).Items));
        Assert.Equal(["2017-10-18 joseph-yun>kenji-kanasugi", "2017-10-18 joseph-yun>lee-do-hoon", "2020-04-02 stephen-biegun>lee-do-hoon", "2020-05 stephen-biegun>wang-yi"],
            Show((await store.QueryEncountersAsync(new(Country: "US"))).Items));
    }

    [SkippableFact]
    public async Task Encounters_page_by_keyset_and_filter_by_date()
    {
        var store = await WorldAsync();
        var all = (await store.QueryEncountersAsync(new(First: 100))).Items;
        Assert.Equal(16, all.Count); // 6 ordered pairs of the trilateral, 2 for each of 5 bilaterals
        var paged = new List<Encounter>();
        string? after = null;
        Page<Encounter> page;
        do
        {
            page = await store.QueryEncountersAsync(new(First: 4, After: after));
            paged.AddRange(page.Items);
            after = page.EndCursor;
        } while (page.HasNextPage);
        Assert.Equal(all, paged);
        var june = await store.QueryEncountersAsync(new(From: PartialDate.Parse("2020-06"), To: PartialDate.Parse("2020-07")));
        Assert.Equal(["2020-06-10 sergey-lavrov>wang-yi", "2020-06-10 wang-yi>sergey-lavrov"], Show(june.Items));
        await Assert.ThrowsAsync<BadCursorException>(() => store.QueryEncountersAsync(new(After: "x")));
    }

    [SkippableFact]
    public async Task Path_is_a_shortest_chain_of_held_meetings()
    {
        var store = await WorldAsync();
        var path = await store.FindPathAsync("kenji-kanasugi", "sergey-lavrov", 4);
        Assert.NotNull(path);
        Assert.Equal(["kenji-kanasugi>lee-do-hoon", "lee-do-hoon>stephen-biegun", "stephen-biegun>wang-yi", "wang-yi>sergey-lavrov"],
            path.Select(s => $"{s.PersonId}>{s.NextPersonId}"));
        var meetings = await store.GetMeetingsAsync(path.Select(s => s.MeetingId).ToList());
        Assert.All(meetings, m => Assert.Equal(MeetingStatus.Held, m.Status));

        var back = await store.FindPathAsync("joseph-yun", "shigeki-takizaki", 4);
        Assert.Equal(["joseph-yun>lee-do-hoon", "lee-do-hoon>shigeki-takizaki"], back!.Select(s => $"{s.PersonId}>{s.NextPersonId}"));
    }

    [SkippableFact]
    public async Task Path_is_null_beyond_max_hops_or_for_unknown_persons_and_empty_to_oneself()
    {
        var store = await WorldAsync();
        Assert.Null(await store.FindPathAsync("kenji-kanasugi", "sergey-lavrov", 3));
        Assert.Null(await store.FindPathAsync("kenji-kanasugi", "nobody", 4));
        Assert.Empty((await store.FindPathAsync("wang-yi", "wang-yi", 4))!);
    }
}
