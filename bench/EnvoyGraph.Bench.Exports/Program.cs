using System.Diagnostics;
using EnvoyGraph.Api.Exports;
using EnvoyGraph.Bench.Exports;
using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Stores;

// Export throughput and memory over a synthetic SQLite graph.
// Usage: dotnet run -c Release --project bench/EnvoyGraph.Bench.Exports -- [MEETINGS=200000] [PERSONS=2000]
// Memory is the point: a streamed export's peak working set must not grow with the number of meetings.
var meetings = args.Length > 0 ? int.Parse(args[0]) : 200_000;
var persons = args.Length > 1 ? int.Parse(args[1]) : 2_000;
var folder = Directory.CreateTempSubdirectory("envoygraph-bench-exports-").FullName;
try
{
    var load = Stopwatch.StartNew();
    await using var store = await GraphStores.OpenAsync("sqlite:" + Path.Combine(folder, "graph.db"));
    await SyntheticGraph.WriteAsync(store, meetings, persons);
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
    Console.WriteLine($"graph: {meetings:N0} meetings, {persons:N0} persons, written in {load.Elapsed.TotalSeconds:F1} s");
    GC.Collect();
    Console.WriteLine($"working set before exports: {Environment.WorkingSet / 1048576.0:F0} MB");
    Console.WriteLine("format   | seconds | meetings/s | output MB | peak working set MB | allocated MB");

    foreach (var format in Enum.GetValues<ExportFormat>())
    {
        var path = Path.Combine(folder, format.FileName());
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var peak = 0L;
        using var sampler = new Timer(_ => peak = Math.Max(peak, Environment.WorkingSet), null, 0, 50);
        var watch = Stopwatch.StartNew();
        await using (var file = File.Create(path))
            await GraphExport.WriteAsync(format, file, MeetingFeed.From(store, new MeetingQuery()));
        watch.Stop();
        peak = Math.Max(peak, Environment.WorkingSet);
        Console.WriteLine($"{format,-8} | {watch.Elapsed.TotalSeconds,7:F1} | {meetings / watch.Elapsed.TotalSeconds,10:N0} | {new FileInfo(path).Length / 1048576.0,9:F1} | {peak / 1048576.0,19:F0} | {(GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0,12:F0}");
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}
