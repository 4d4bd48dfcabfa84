using System.Diagnostics;
using EnvoyGraph.Bench.Extraction;
using EnvoyGraph.Extraction;

// Extraction throughput, single-threaded: warm up, then time several passes over a 10,000-article
// corpus synthesised from samples/articles, and print the mean with a 95% confidence interval.
var root = FindRoot();
var seeds = Directory.GetFiles(Path.Combine(root, "samples", "articles"), "*.txt").Order().Select(File.ReadAllText).ToList();
var articles = int.TryParse(Environment.GetEnvironmentVariable("BENCH_ARTICLES"), out var n) ? n : 10_000;
var passes = int.TryParse(Environment.GetEnvironmentVariable("BENCH_PASSES"), out var p) ? p : 5;
var corpus = SyntheticCorpus.Build(seeds, articles);
var extractor = ArticleExtractor.Default;

var meetings = 0;
foreach (var article in corpus.Take(500)) meetings += extractor.Extract(article).Meetings.Count; // warm-up (JIT, lexicon)

var rates = new List<double>();
var cpuRates = new List<double>();
var process = System.Diagnostics.Process.GetCurrentProcess();
for (var pass = 0; pass < passes; pass++)
{
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    meetings = 0;
    foreach (var article in corpus) meetings += extractor.Extract(article).Meetings.Count;
    clock.Stop();
    process.Refresh();
    // CPU time as well as wall time: on a shared machine the wall clock also counts time spent waiting for a core.
    var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
    rates.Add(corpus.Count / clock.Elapsed.TotalSeconds);
    cpuRates.Add(corpus.Count / cpu);
    Console.WriteLine($"pass {pass + 1}: {corpus.Count} articles in {clock.Elapsed.TotalSeconds:F2} s wall, {cpu:F2} s CPU = {rates[^1]:N0} articles/s wall, {cpuRates[^1]:N0} articles per CPU-second ({meetings} meetings)");
}
var mean = rates.Average();
var sd = Math.Sqrt(rates.Sum(r => (r - mean) * (r - mean)) / Math.Max(1, rates.Count - 1));
var half = 1.96 * sd / Math.Sqrt(rates.Count); // normal approximation of the 95% interval
Console.WriteLine($"extraction: {cpuRates.Average():N0} articles per CPU-second (one core busy), {mean:N0} ± {half:N0} articles/s wall clock on one thread (mean of {rates.Count} passes, 95% CI), " +
                  $"{Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnvoyGraph.sln"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("run from inside the EnvoyGraph repository");
}
