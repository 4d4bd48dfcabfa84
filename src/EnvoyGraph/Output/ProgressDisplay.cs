using System.Diagnostics;
using EnvoyGraph.Cli.Loading;
using Spectre.Console;

namespace EnvoyGraph.Cli.Output;

/// <summary>
/// Shows a load's progress on the error stream: a live bar on a terminal, otherwise a plain line every few
/// seconds and one at the end (logs and CI keep readable text, not redrawn bars).
/// </summary>
public static class ProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);

    public static async Task<T> RunAsync<T>(CliConsole console, string label, Func<Action<LoadProgress>, Task<T>> work)
    {
        if (console.ErrorIsTerminal)
        {
            var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
            return await terminal.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(label, maxValue: 1);
                    return await work(p =>
                    {
                        task.MaxValue = Math.Max(p.Total, 1);
                        task.Value = p.Done;
                    });
                });
        }

        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        return await work(p =>
        {
            if (p.Done < p.Total && clock.Elapsed - last < PlainInterval) return;
            last = clock.Elapsed;
            console.Error.WriteLine($"{label}: {p.Done}/{p.Total} articles");
        });
    }
}
