using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Ingest;
using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Sqlite;

namespace EnvoyGraph.Bench.Store;

/// <summary>
/// Ingests made-up articles through <see cref="ArticleIngestor"/> in batches of 50, printing totals at
/// the end. Used to check kill -9 mid-load: kill a run, run it again, and compare the totals with a
/// run that was never interrupted.
/// </summary>
public static class CrashLoad
{
    public static async Task<int> RunAsync(string path, int articles)
    {
        await using var store = await SqliteGraphStore.OpenAsync(path);
        var ingestor = new ArticleIngestor(store);
        var totals = new int[3];
        foreach (var chunk in Articles(articles).Chunk(50))
        {
            var r = await ingestor.IngestAsync(chunk.Select(f => new IngestItem(f, ContentHash.Of(f.Source + f.Meetings[0].Evidence))).ToList());
            (totals[0], totals[1], totals[2]) = (totals[0] + r.New, totals[1] + r.Unchanged, totals[2] + r.Updated);
        }
        var t = (await store.GetStatsAsync(new StatsQuery())).Totals;
        Console.WriteLine($"new {totals[0]} unchanged {totals[1]} updated {totals[2]} | persons {t.Persons} meetings {t.Meetings} articles {t.Articles} counterparts {t.Counterparts}");
        return 0;
    }

    /// <summary>Articles whose meetings repeat: every third article re-reports an earlier meeting in other words.</summary>
    private static IEnumerable<ArticleFacts> Articles(int count)
    {
        string[] countries = ["South Korea", "Japan", "United States", "China", "Russia", "India"];
        string Name(int i) => $"Envoy{i % 400} Person{i % 400}";
        string Country(int i) => countries[i % 400 % countries.Length];
        for (var i = 0; i < count; i++)
        {
            var k = i % 3 == 2 ? i - 1 : i; // re-report the previous article's meeting
            var (a, b) = (k * 7 % 400, (k * 13 + 1) % 400);
            if (a == b) b = (b + 1) % 400;
            var date = new DateOnly(2010, 1, 1).AddDays(k % 4000).ToString("yyyy-MM-dd");
            yield return new ArticleFacts($"crash/{i}.txt", null, $"Report {i}", "Crash Wire", date,
                [new(Name(a), Country(a), "envoy"), new(Name(b), Country(b), null)],
                [new([Name(a), Name(b)], date, "in_person", null, "held", $"Article {i}: {Name(a)} met {Name(b)}.")],
                [[Name(a), Name(b)]]);
        }
    }
}
