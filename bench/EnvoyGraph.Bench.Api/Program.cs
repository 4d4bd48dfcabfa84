using System.Globalization;
using System.Text;
using EnvoyGraph.Bench.Api;

// API latency in process: p50/p99 and throughput of the three typical queries of issue 5 over a
// synthetic graph, through the real /graphql endpoint (TestServer: HTTP pipeline, no sockets).
// Usage: dotnet run -c Release --project bench/EnvoyGraph.Bench.Api -- [REQUESTS=2000] [OUT=bench/results/api.md]
// Goals: p50 <= 2 ms, p99 <= 10 ms, and no growth of a person's meetings from 10k to 100k meetings.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var requests = args.Length > 0 ? int.Parse(args[0]) : 2000;
var output = args.Length > 1 ? args[1] : null;
const int Seed = 42;
var warmup = Math.Max(50, requests / 10);

var report = new StringBuilder();
void Line(string text) { Console.WriteLine(text); report.AppendLine(text); }

Line("# API latency benchmark");
Line("");
Line($"Machine: {Environment.ProcessorCount} cores ({CpuModel()}), {Environment.OSVersion}, .NET {Environment.Version}; " +
     $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. One client, sequential requests, in process (TestServer), SQLite store.");
Line($"Command: `dotnet run -c Release --project bench/EnvoyGraph.Bench.Api -- {requests}` ({warmup} warm-up requests, then {requests} measured per row).");
Line("");
Line("| graph | query | requests | p50 ms | p99 ms | mean ms | requests/s |");
Line("|---|---|---:|---:|---:|---:|---:|");

var results = new List<(int Meetings, LatencyRecorder.Result Result)>();
foreach (var meetings in new[] { 10_000, 100_000 })
{
    await using var graph = await BenchGraph.CreateAsync(meetings, Seed);
    Console.WriteLine($"(graph of {meetings:N0} meetings loaded in {graph.LoadTime.TotalSeconds:F1} s)");
    var runs = new List<(string, Func<int, Task>)> { ("a person's meetings", TypicalQueries.PersonMeetingsRequest(graph)) };
    if (meetings == 100_000)
    {
        runs.Add(("meetings between two countries in a year", TypicalQueries.CountriesInAYearRequest(graph)));
        runs.Add(("path between two persons (maxHops 4)", TypicalQueries.PathRequest(graph)));
    }
    foreach (var (name, request) in runs)
    {
        var r = await LatencyRecorder.MeasureAsync(name, warmup, requests, request);
        results.Add((meetings, r));
        Line($"| {meetings / 1000}k meetings | {r.Name} | {r.Requests} | {r.P50Ms:F2} | {r.P99Ms:F2} | {r.MeanMs:F2} | {r.RequestsPerSecond:F0} |");
    }
}

var small = results.First(r => r.Meetings == 10_000).Result;
var large = results.First(r => r.Meetings == 100_000 && r.Result.Name == small.Name).Result;
Line("");
Line($"A person's meetings, 10k → 100k meetings: p50 {small.P50Ms:F2} → {large.P50Ms:F2} ms ({large.P50Ms / small.P50Ms:F2}×), p99 {small.P99Ms:F2} → {large.P99Ms:F2} ms.");
Line($"Goals (p50 ≤ 2 ms, p99 ≤ 10 ms): {(results.All(r => r.Result.P50Ms <= 2 && r.Result.P99Ms <= 10) ? "met by every row" : "NOT met by: " + string.Join(", ", results.Where(r => r.Result.P50Ms > 2 || r.Result.P99Ms > 10).Select(r => $"{r.Result.Name} at {r.Meetings / 1000}k")))}.");
if (output is not null)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    await File.WriteAllTextAsync(output, report.ToString());
    Console.WriteLine($"written to {output}");
}

static string CpuModel()
{
    try { return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "unknown CPU"; }
    catch (IOException) { return "unknown CPU"; }
}
