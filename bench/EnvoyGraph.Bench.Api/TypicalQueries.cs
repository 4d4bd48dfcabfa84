using EnvoyGraph.Graph.Ingest;
using EnvoyGraph.Graph.Synthetic;

namespace EnvoyGraph.Bench.Api;

/// <summary>
/// The three typical questions of issue 5. Each call varies its arguments (persons at the same
/// relative activity ranks whatever the graph size, country pairs, years) so that no single
/// cached row answers every request.
/// </summary>
public static class TypicalQueries
{
    public const string PersonMeetings = """
        query($id: ID!) { person(id: $id) { name meetings(first: 50, order: DATE_DESC) { id date mode participants { id name } } } }
        """;

    public const string CountriesInAYear = """
        query($a: String!, $b: String!, $from: Date!, $to: Date!) {
          meetings(countries: [$a, $b], from: $from, to: $to, first: 50) { edges { node { id date participants { name country { code } } } } pageInfo { hasNextPage endCursor } }
        }
        """;

    public const string Path = """
        query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { person { id } meeting { id date } nextPerson { id } } }
        """;

    private static readonly string[] Codes = CountryCodes.Known.Take(8).Select(c => c.Code).ToArray();

    /// <summary>A person at one of 100 relative activity ranks (from the busiest 1% to the quietest).</summary>
    public static string PersonAt(int i, int meetings)
    {
        var persons = SyntheticGraph.PersonCount(meetings);
        return SyntheticGraph.PersonId((int)((long)(i % 100) * persons / 100));
    }

    public static Func<int, Task> PersonMeetingsRequest(BenchGraph graph) =>
        i => graph.QueryAsync(PersonMeetings, new { id = PersonAt(i, graph.Meetings) });

    public static Func<int, Task> CountriesInAYearRequest(BenchGraph graph) => i =>
    {
        var (a, b) = (Codes[i % Codes.Length], Codes[(i / Codes.Length + 1 + i) % Codes.Length]);
        if (a == b) b = Codes[(i + 1) % Codes.Length];
        var year = 2000 + i % 26;
        return graph.QueryAsync(CountriesInAYear, new { a, b, from = $"{year}-01-01", to = $"{year}-12-31" });
    };

    public static Func<int, Task> PathRequest(BenchGraph graph) =>
        i => graph.QueryAsync(Path, new { from = PersonAt(i * 7, graph.Meetings), to = PersonAt(i * 13 + 50, graph.Meetings) });
}
