using EnvoyGraph.Api.Tests.Support;
using static EnvoyGraph.Api.Tests.Support.TestGraph;

namespace EnvoyGraph.Api.Tests.Batching;

/// <summary>Nested fields are batched: the store calls of a query do not grow with the number of items (issue 5).</summary>
public sealed class BatchingTests
{
    [Fact]
    public async Task Fifty_meetings_with_participants_countries_and_articles_cost_one_store_call_per_level()
    {
        await using var graph = await CreateAsync(FiftyMeetings());
        var (store, counter) = CountingStore.Wrap(graph.Store);
        await using var host = await ApiHost.StartAsync(store);

        var data = Gql.Data(await Gql.RunAsync(host,
            "{ meetings(first: 50) { edges { node { date participants { name country { code name } } reportedIn { evidence article { title url published } } } } } }"));

        Assert.Equal(50, data.GetProperty("meetings").GetProperty("edges").GetArrayLength());
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["QueryMeetingsAsync"] = 1,          // the page
                ["GetAttendancesByMeetingsAsync"] = 1, // participants of all 50 ...
                ["GetPersonsAsync"] = 1,             // ... and who they are
                ["GetCountriesAsync"] = 1,           // their countries
                ["GetReportsByMeetingsAsync"] = 1,   // reports of all 50
                ["GetArticlesAsync"] = 1,            // their articles
            },
            counter.Calls.OrderBy(c => c.Key).ToDictionary());
    }

    // 50 meetings of 20 envoys from 10 countries, reported by 10 articles.
    private static IEnumerable<Extraction.Facts.ArticleFacts> FiftyMeetings()
    {
        string[] countries = ["South Korea", "Japan", "United States", "China", "Russia", "France", "Germany", "India", "Brazil", "Canada"];
        var envoys = Enumerable.Range(0, 20).Select(i => P($"Envoy Number{(char)('A' + i)}", countries[i % 10])).ToArray();
        return Enumerable.Range(0, 10).Select(a => Article($"test/batch-{a}.txt", $"https://example.test/batch/{a}", $"Batch article {a}", "Test Wire", $"2022-{a + 1:D2}-28",
            envoys,
            Enumerable.Range(0, 5).Select(m =>
            {
                var (x, y) = (envoys[(a + m) % 20].Name, envoys[(a + 3 * m + 7) % 20].Name);
                return M($"2022-{a + 1:D2}-{m + 1:D2}", "in_person", null, "held", $"{x} met {y}.", x, y);
            }).ToArray()));
    }
}
