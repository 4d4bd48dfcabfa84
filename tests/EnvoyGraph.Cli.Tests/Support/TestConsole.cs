using System.Text;
using EnvoyGraph.Cli;

namespace EnvoyGraph.Cli.Tests.Support;

/// <summary>A console whose output and errors are strings and whose stdin is what the test gives.</summary>
public sealed class TestConsole
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public TestConsole(string stdin = "") : this(Encoding.UTF8.GetBytes(stdin)) { }

    public TestConsole(byte[] stdin) =>
        // Synchronized: serve writes from the host's threads while the test reads.
        Console = new CliConsole(TextWriter.Synchronized(_out), TextWriter.Synchronized(_err), () => new MemoryStream(stdin), ErrorIsTerminal: false);

    public CliConsole Console { get; }
    public string Out { get { lock (_out) return _out.ToString(); } }
    public string Error { get { lock (_err) return _err.ToString(); } }
    public string[] OutLines => Lines(Out);
    public string[] ErrorLines => Lines(Error);

    /// <summary>Runs the command line as the executable would, in-process.</summary>
    public Task<int> RunAsync(params string[] args) => EnvoyGraphCli.RunAsync(args, Console);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
