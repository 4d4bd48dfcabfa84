namespace EnvoyGraph.Cli;

/// <summary>
/// The streams a command talks to. Commands never touch <see cref="Console"/> directly, so tests run them
/// in-process with string writers and a stdin of their choosing.
/// </summary>
/// <param name="Out">Results: JSON Lines, summaries.</param>
/// <param name="Error">One-line problems and progress.</param>
/// <param name="OpenStdin">Opens standard input, for the path <c>-</c>.</param>
/// <param name="ErrorIsTerminal">True when <paramref name="Error"/> is a terminal: a live progress bar is drawn there.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin, bool ErrorIsTerminal)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole FromSystemConsole() =>
        new(Console.Out, Console.Error, Console.OpenStandardInput, !Console.IsErrorRedirected);

    /// <summary>Writes one problem line to <see cref="Error"/>: <c>error: WHAT: WHY</c>.</summary>
    public void Problem(string what, string why) => Error.WriteLine($"error: {what}: {why}");
}
