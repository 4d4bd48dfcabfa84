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
for (var pass = 0; pass < passes; pass++)
{
    var clock = Stopwatch.StartNew();
    meetings = 0;
    foreach (var article in corpus) meetings += extractor.Extract(article).Meetings.Count;
    clock.Stop();
    rates.Add(corpus.Count / clock.Elapsed.TotalSeconds);
    Console.WriteLine($"pass {pass + 1}: {corpus.Count} articles in {clock.Elapsed.TotalSeconds:F2} s = {rates[^1]:N0} articles/s ({meetings} meetings)");
}
var mean = rates.Average();
var sd = Math.Sqrt(rates.Sum(r => (r - mean) * (r - mean)) / Math.Max(1, rates.Count - 1));
var half = 2.776 * sd / Math.Sqrt(rates.Count); // t(0.975, 4) for five passes
Console.WriteLine($"extraction: {mean:N0} ± {half:N0} articles/s on one thread (mean of {rates.Count} passes, 95% CI), " +
                  $"{Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnvoyGraph.sln"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("run from inside the EnvoyGraph repository");
}
