using System.Diagnostics;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Sqlite;
using EnvoyGraph.Graph.Synthetic;

namespace EnvoyGraph.Bench.Store;

/// <summary>Loads synthetic graphs of each size into a fresh SQLite file and times typical reads on them.</summary>
public static class ScaleBench
{
    public static async Task RunAsync(IReadOnlyList<int> sizes, string dir)
    {
        Directory.CreateDirectory(dir);
        Console.WriteLine($"# SQLite store scale figures");
        Console.WriteLine();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; " +
                          $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; Release build; SyntheticGraph seed 42");
        Console.WriteLine();
        Console.WriteLine("| meetings | persons | ingest s | meetings/s | DB MB | query | p50 ms | p99 ms | mean ms |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var path = Path.Combine(dir, $"bench-{size}.db");
            foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
            await using var store = await SqliteGraphStore.OpenAsync(path);
            var sw = Stopwatch.StartNew();
            foreach (var batch in SyntheticGraph.Generate(size, seed: 42, batchSize: 20_000))
                await store.ApplyAsync(batch);
            var ingest = sw.Elapsed.TotalSeconds;
            await store.CheckpointAsync();
            var mb = new FileInfo(path).Length / 1024.0 / 1024.0;
            var persons = SyntheticGraph.PersonCount(size);
            var prefix = $"| {size:N0} | {persons:N0} | {ingest:F1} | {size / ingest:N0} | {mb:F0} |";

            foreach (var (name, query) in Queries(store, persons))
            {
                var (p50, p99, mean) = await TimeAsync(query);
                Console.WriteLine($"{prefix} {name} | {p50:F2} | {p99:F2} | {mean:F2} |");
                prefix = "| | | | | |";
            }
        }
    }

    private static IEnumerable<(string, Func<int, Task>)> Queries(IGraphStore store, int persons)
    {
        // A typical envoy: someone from the middle of the activity range (tens of meetings).
        string Typical(int i) => SyntheticGraph.PersonId(persons / 4 + i % (persons / 2));
        yield return ("meetings of a typical person, first 50", async i => await store.QueryMeetingsAsync(new MeetingQuery(Participant: Typical(i))));
        yield return ("meetings of the busiest person, first 50", async i => await store.QueryMeetingsAsync(new MeetingQuery(Participant: SyntheticGraph.PersonId(i % 3))));
        yield return ("meetings of a typical person, 2nd page", async i =>
        {
            var first = await store.QueryMeetingsAsync(new MeetingQuery(Participant: SyntheticGraph.PersonId(i % 50), First: 20));
            await store.QueryMeetingsAsync(new MeetingQuery(Participant: SyntheticGraph.PersonId(i % 50), First: 20, After: first.EndCursor));
        });
        string[] codes = ["KR", "JP", "US", "CN", "RU", "DE", "FR", "IN"];
        yield return ("meetings between two countries in a year, first 50", async i =>
            await store.QueryMeetingsAsync(new MeetingQuery(Countries: [codes[i % 8], codes[(i + 3) % 8]],
                From: new PartialDate(2001 + i % 24, 1, null), To: new PartialDate(2001 + i % 24, 12, null))));
        yield return ("count meetings of a typical person", async i => await store.CountMeetingsAsync(new MeetingQuery(Participant: Typical(i))));
        yield return ("encounters of a typical person, first 100", async i => await store.QueryEncountersAsync(new EncounterQuery(Person: Typical(i))));
        yield return ("path between two typical persons, max 4 hops", async i => await store.FindPathAsync(Typical(i), Typical(i * 7 + 13), 4));
        yield return ("persons search 'envoy 00012'", async i => await store.QueryPersonsAsync(new PersonQuery(Search: $"envoy 0001{i % 10}")));
    }

    private static async Task<(double P50, double P99, double Mean)> TimeAsync(Func<int, Task> query)
    {
        for (var i = 0; i < 20; i++) await query(i); // warm up
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < 2000 && total.Elapsed < TimeSpan.FromSeconds(10); i++)
        {
            var sw = Stopwatch.StartNew();
            await query(i + 1000);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)(times.Count * 0.99))], times.Average());
    }
}
