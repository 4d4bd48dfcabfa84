using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Bench.Exports;

/// <summary>
/// Writes a synthetic graph straight through the write port: <c>persons</c> envoys over 20 countries and
/// <c>meetings</c> bilateral or trilateral meetings spread over 2000–2024, each reported by one article.
/// Deterministic (fixed seed), so runs compare.
/// </summary>
public static class SyntheticGraph
{
    public static async Task WriteAsync(IGraphWriter store, int meetings, int persons, CancellationToken ct = default)
    {
        var random = new Random(20261123);
        var countries = Enumerable.Range(0, 20).Select(i => new Country($"{(char)('A' + i)}{(char)('A' + i)}", $"Country {i}", [])).ToList();
        var people = Enumerable.Range(0, persons)
            .Select(i => new Person($"person-{i}", $"Envoy {i}", [], countries[i % countries.Count].Code, "special representative"))
            .ToList();
        await store.ApplyAsync(GraphBatch.Empty with { Countries = countries, Persons = people }, ct);

        const int batchSize = 20_000;
        for (var start = 0; start < meetings; start += batchSize)
        {
            var count = Math.Min(batchSize, meetings - start);
            var batchMeetings = new List<Meeting>(count);
            var attendances = new List<Attendance>(count * 3);
            var reports = new List<Report>(count);
            var articles = new List<Article>(count);
            for (var i = start; i < start + count; i++)
            {
                var date = new DateOnly(2000, 1, 1).AddDays(random.Next(25 * 365));
                var size = random.Next(4) == 0 ? 3 : 2;
                var ids = new HashSet<string>();
                while (ids.Count < size) ids.Add(people[random.Next(people.Count)].Id);
                var meeting = new Meeting($"meeting-{i}", PartialDate.FromDate(date), (MeetingMode)random.Next(4), MeetingStatus.Held,
                    size == 3 ? "trilateral" : "bilateral", random.Next(3) == 0 ? "Seoul" : null);
                batchMeetings.Add(meeting);
                attendances.AddRange(ids.Select(id => new Attendance(id, meeting.Id, null)));
                articles.Add(new Article($"article-{i}", $"https://example.org/{i}", $"Envoys meet, report {i}", "Synthetic News", PartialDate.FromDate(date), null, $"hash-{i}"));
                reports.Add(new Report(meeting.Id, $"article-{i}", $"Envoy {ids.First()} held talks with his counterpart, the ministry said, on \"cooperation\".", 0));
            }
            await store.ApplyAsync(GraphBatch.Empty with { Meetings = batchMeetings, Attendances = attendances, Articles = articles, Reports = reports }, ct);
        }
    }
}
