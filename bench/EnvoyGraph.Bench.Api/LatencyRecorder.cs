using System.Diagnostics;

namespace EnvoyGraph.Bench.Api;

/// <summary>Runs one request shape many times after a warm-up and reports p50/p99 latency and throughput.</summary>
public static class LatencyRecorder
{
    public sealed record Result(string Name, int Requests, double P50Ms, double P99Ms, double MeanMs, double RequestsPerSecond);

    /// <param name="request">Runs request number i (so that each call can vary its arguments); must throw on a wrong answer.</param>
    public static async Task<Result> MeasureAsync(string name, int warmup, int requests, Func<int, Task> request)
    {
        for (var i = 0; i < warmup; i++) await request(i);
        var times = new double[requests];
        var total = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await request(warmup + i);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        total.Stop();
        Array.Sort(times);
        return new Result(name, requests, Percentile(times, 0.50), Percentile(times, 0.99), times.Average(), requests / total.Elapsed.TotalSeconds);
    }

    // Nearest-rank percentile of sorted values.
    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
