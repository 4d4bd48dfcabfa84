// Store figures: ingest time and file size of synthetic graphs, and read latencies on them.
// Usage: dotnet run -c Release --project bench/EnvoyGraph.Bench.Store -- [scale] [--sizes 10000,1000000] [--dir DIR]
//        dotnet run -c Release --project bench/EnvoyGraph.Bench.Store -- crash-load DB ARTICLES   (for the kill -9 check)
using EnvoyGraph.Bench.Store;

var sizes = new[] { 10_000, 1_000_000 };
var dir = Path.Combine(Path.GetTempPath(), "envoygraph-bench");
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--sizes": sizes = args[++i].Split(',').Select(int.Parse).ToArray(); break;
        case "--dir": dir = args[++i]; break;
        case "crash-load": return await CrashLoad.RunAsync(args[++i], int.Parse(args[++i]));
        case "scale": break;
        default: Console.Error.WriteLine($"unknown argument '{args[i]}'"); return 2;
    }
}
await ScaleBench.RunAsync(sizes, dir);
return 0;
