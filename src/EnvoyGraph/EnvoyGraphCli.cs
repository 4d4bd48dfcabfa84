using System.CommandLine;
using System.CommandLine.Invocation;
using EnvoyGraph.Cli.Commands;

namespace EnvoyGraph.Cli;

/// <summary>The <c>envoygraph</c> command line: the list of commands and one entry point for Program and the tests.</summary>
public static class EnvoyGraphCli
{
    public static RootCommand BuildRootCommand(CliConsole console) =>
        new("EnvoyGraph: a knowledge graph of envoys and their meetings, built from news articles")
        {
            ExtractCommand.Create(console),
            LoadCommand.Create(console),
            ServeCommand.Create(console),
            ExportCommand.Create(console),
        };

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code. Ctrl+C cancels <paramref name="ct"/>'s work.</summary>
    public static Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct = default)
    {
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        if (args.Length == 0)
        {
            // A bare "envoygraph" is someone looking around: show the commands, but say that nothing was done.
            BuildRootCommand(console).Parse(["--help"]).Invoke(configuration);
            return Task.FromResult(ExitCodes.Failed);
        }
        var parse = BuildRootCommand(console).Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            // One line per mistake, naming the option, instead of the library's error plus the whole help text.
            var command = parse.CommandResult.Command;
            if (command is RootCommand root)
            {
                var names = string.Join(", ", root.Subcommands.Select(c => c.Name));
                var what = parse.UnmatchedTokens.Count > 0 ? $"unknown command '{parse.UnmatchedTokens[0]}'" : "no command given";
                console.Error.WriteLine($"error: {what}; the commands are {names} (see 'envoygraph --help')");
            }
            else
            {
                foreach (var error in parse.Errors)
                    console.Error.WriteLine($"error: {error.Message} (see 'envoygraph {command.Name} --help')");
            }
            return Task.FromResult(ExitCodes.Failed);
        }
        return parse.InvokeAsync(configuration, ct);
    }
}
