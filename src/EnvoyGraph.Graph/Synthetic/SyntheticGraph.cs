using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Ingest;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Synthetic;

/// <summary>
/// A made-up but realistically shaped graph for benchmarks and scale checks: one envoy per ten
/// meetings (at least 50), 40 countries, a skewed activity (a few envoys attend thousands of meetings,
/// most a handful), mostly bilateral meetings over 2000–2025 with 10% known only to the month,
/// one article per two meetings, counterparts and roles. The same (meetings, seed) always gives the
/// same batches, so benchmarks on two machines or two stores see the same graph.
/// </summary>
public static class SyntheticGraph
{
    private static readonly DateOnly First = new(2000, 1, 1);
    private const int Days = 26 * 365;


    /// <summary>The id of the i-th synthetic envoy; envoy 0 is the busiest, activity falls off with the index.</summary>
    public static string PersonId(int index) => $"envoy-{index:D6}";

    /// <summary>How many envoys a graph of <paramref name="meetings"/> meetings has.</summary>
    public static int PersonCount(int meetings) => Math.Max(50, meetings / 10);

    /// <summary>The graph as batches of <paramref name="batchSize"/> meetings; the first batch also holds every person, country and role.</summary>
    public static IEnumerable<GraphBatch> Generate(int meetings, int seed, int batchSize = 10_000)
    {
        var random = new Random(seed);
        var countries = CountryCodes.Known.ToList();
        var personCount = PersonCount(meetings);
        var personCountry = new string[personCount];
        var persons = new List<Person>(personCount);
        var roles = new List<RoleSpan>(personCount);
        for (var i = 0; i < personCount; i++)
        {
            personCountry[i] = countries[random.Next(countries.Count)].Code;
            persons.Add(new Person(PersonId(i), $"Envoy {i:D6}", [], personCountry[i], "special envoy"));
            roles.Add(new RoleSpan(PersonId(i), personCountry[i], "special envoy", null, null));
        }

        for (var start = 0; start < meetings; start += batchSize)
        {
            var count = Math.Min(batchSize, meetings - start);
            var ms = new List<Meeting>(count);
            var attendances = new List<Attendance>(count * 3);
            var articles = new List<Article>(count / 2 + 1);
            var reports = new List<Report>(count);
            var mentions = new HashSet<(string, string)>();
            var counterparts = new Dictionary<(string, string), Counterpart>();
            for (var i = start; i < start + count; i++)
            {
                var day = First.AddDays(random.Next(Days));
                PartialDate date = random.NextDouble() < 0.1 ? new(day.Year, day.Month, null) : PartialDate.FromDate(day);
                var size = random.NextDouble() switch { < 0.8 => 2, < 0.95 => 3, _ => 4 + random.Next(2) };
                var participants = new SortedSet<int>();
                while (participants.Count < size) participants.Add(Skewed(random, personCount));
                var meetingId = $"m-syn-{i:D8}";
                var distinctCountries = participants.Select(p => personCountry[p]).Distinct().Count();
                var format = Math.Max(distinctCountries, 2) switch { 2 => "bilateral", 3 => "trilateral", _ => "multilateral" };
                ms.Add(new Meeting(meetingId, date, (MeetingMode)random.Next(4), random.NextDouble() < 0.9 ? MeetingStatus.Held : MeetingStatus.Planned,
                    format, null));
                var articleId = $"a-syn-{i / 2:D8}";
                if (i % 2 == 0 || i == start)
                    articles.Add(new Article(articleId, $"https://synthetic.example/{i / 2}", $"Synthetic report {i / 2}", $"Outlet {i % 7}",
                        date, null, $"synthetic-{i / 2}"));
                reports.Add(new Report(meetingId, articleId, $"Envoys met (synthetic meeting {i}).", null));
                foreach (var p in participants)
                {
                    attendances.Add(new Attendance(PersonId(p), meetingId, "special envoy"));
                    mentions.Add((PersonId(p), articleId));
                }
                if (size == 2 && random.NextDouble() < 0.2)
                {
                    var (a, b) = (PersonId(participants.Min), PersonId(participants.Max));
                    counterparts[(a, b)] = new Counterpart(a, b, date, date, [articleId]);
                }
            }
            var first = start == 0;
            yield return new GraphBatch(
                first ? persons : [], first ? countries : [], ms, articles, attendances, reports,
                counterparts.Values.ToList(), first ? roles : [], mentions.Select(m => new Mention(m.Item1, m.Item2)).ToList(),
                new Dictionary<string, string>());
        }
    }

    // Squaring a uniform number puts most picks on low indices: a long tail of occasional envoys and a few very busy ones.
    private static int Skewed(Random random, int count)
    {
        var u = random.NextDouble();
        return Math.Min(count - 1, (int)(u * u * count));
    }
}
