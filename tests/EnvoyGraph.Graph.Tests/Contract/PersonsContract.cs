using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Tests.Contract;

/// <summary>Persons: by id, by name or alias, search, country, paging (issue 5).</summary>
public abstract class PersonsContract<TFactory> : StoreContract<TFactory> where TFactory : IStoreFactory, new()
{
    private async Task<IGraphStore> WorldAsync()
    {
        await IngestAsync(ReadFixtures.World);
        return await StoreAsync();
    }

    [SkippableFact]
    public async Task Name_lookup_ignores_case_accents_and_punctuation()
    {
        var store = await WorldAsync();
        foreach (var form in new[] { "Lee Do-hoon", "lee do hoon", "LEE DOHOON", "Lée Do-hoon" })
            Assert.Equal("lee-do-hoon", Assert.Single(await store.FindPersonsByNameAsync(form)).Id);
        Assert.Empty(await store.FindPersonsByNameAsync("Lee"));
        Assert.Empty(await store.FindPersonsByNameAsync("  "));
    }

    [SkippableFact]
    public async Task An_alias_finds_the_person()
    {
        await IngestAsync(Fixtures.Article("a.txt", "2020-01-01",
            [new("Antony Blinken", "United States", null, ["Tony Blinken"]), Fixtures.P("Wang Yi", "China")],
            [Fixtures.M("2020-01-01", "phone", "Antony Blinken", "Wang Yi")]));
        var store = await StoreAsync();

        var person = Assert.Single(await store.FindPersonsByNameAsync("tony blinken"));
        Assert.Equal("Antony Blinken", person.Name);
        Assert.Contains("Tony Blinken", person.Aliases);
    }

    [SkippableFact]
    public async Task Search_matches_part_of_a_name_and_pages_in_name_order()
    {
        var store = await WorldAsync();
        Assert.Equal(["Lee Do-hoon"], (await store.QueryPersonsAsync(new(Search: "do-hoon"))).Items.Select(p => p.Name));
        var names = new List<string>();
        string? after = null;
        Page<Person> page;
        do
        {
            page = await store.QueryPersonsAsync(new(First: 3, After: after));
            names.AddRange(page.Items.Select(p => p.Name));
            after = page.EndCursor;
        } while (page.HasNextPage);
        Assert.Equal(["Joseph Yun", "Kenji Kanasugi", "Lee Do-hoon", "Sergey Lavrov", "Shigeki Takizaki", "Stephen Biegun", "Wang Yi"], names);
        Assert.Equal(7, await store.CountPersonsAsync(new()));
    }

    [SkippableFact]
    public async Task Country_filters_persons()
    {
        var store = await WorldAsync();
        Assert.Equal(["Joseph Yun", "Stephen Biegun"], (await store.QueryPersonsAsync(new(Country: "US"))).Items.Select(p => p.Name));
        Assert.Equal(1, await store.CountPersonsAsync(new(Search: "biegun", Country: "US")));
        Assert.Equal(0, await store.CountPersonsAsync(new(Search: "biegun", Country: "JP")));
    }

    [SkippableFact]
    public async Task Persons_are_read_for_many_ids_at_once_and_missing_ids_are_left_out()
    {
        var store = await WorldAsync();
        var found = await store.GetPersonsAsync(["lee-do-hoon", "wang-yi", "nobody"]);
        Assert.Equal(["lee-do-hoon", "wang-yi"], found.Select(p => p.Id).Order());
        Assert.Equal("CN", found.Single(p => p.Id == "wang-yi").CountryCode);
        Assert.Equal("foreign minister", found.Single(p => p.Id == "wang-yi").Role);
    }

    [SkippableFact]
    public async Task A_bad_person_cursor_is_refused()
    {
        var store = await WorldAsync();
        await Assert.ThrowsAsync<BadCursorException>(() => store.QueryPersonsAsync(new(After: "zzz")));
    }
}
