using System.Diagnostics;
using System.Text.Json;
using EnvoyGraph.Graph.Neo4j.Cypher;

namespace EnvoyGraph.Graph.Tests.Neo4j;

/// <summary>
/// Lints every statement of <see cref="CypherCatalogue"/>, every graph-schema/neo4j file and one statement
/// broken on purpose with Neo4j's own Cypher front end (@neo4j-cypher/language-support), in ONE Node
/// process per test run: loading the front end takes seconds, each statement milliseconds.
/// </summary>
public sealed class CypherLintRun
{
    public const string BrokenOnPurpose = "broken on purpose (proves the linter reports errors)";

    public sealed record Finding(string Name, string[] Errors, string[] Warnings);

    public CypherLintRun()
    {
        var root = RepoRoot();
        var lintDir = Path.Combine(root, "tests", "EnvoyGraph.Graph.Tests", "CypherLint");
        if (!CanRun("node", "--version"))
        {
            SkipReason = "skipped: node is not installed, so the Cypher lint cannot run";
            return;
        }
        if (!Directory.Exists(Path.Combine(lintDir, "node_modules", "@neo4j-cypher", "language-support")))
            Run("npm", "ci --no-audit --no-fund", lintDir, stdin: null, TimeSpan.FromMinutes(5));

        var statements = CypherCatalogue.All().Select(s => new { name = s.Name, text = s.Text }).ToList();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "graph-schema", "neo4j"), "*.cypher").Order(StringComparer.Ordinal))
            statements.Add(new { name = "graph-schema/neo4j/" + Path.GetFileName(file), text = File.ReadAllText(file) });
        statements.Add(new { name = BrokenOnPurpose, text = "MATCH (n:Person RETURN n" });
        Count = statements.Count;

        var output = Run("node", "lint.cjs", lintDir, JsonSerializer.Serialize(statements), TimeSpan.FromMinutes(2));
        Findings = JsonSerializer.Deserialize<Finding[]>(output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    /// <summary>Set when the lint could not run here; the tests then report Skipped with it.</summary>
    public string? SkipReason { get; }

    public IReadOnlyList<Finding> Findings { get; } = [];

    public int Count { get; }

    private static bool CanRun(string file, string arguments)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            p.WaitForExit(10_000);
            return p.HasExited && p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string Run(string file, string arguments, string directory, string? stdin, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{file} {arguments}' in {directory} took longer than {timeout}");
        }
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"'{file} {arguments}' in {directory} failed ({p.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EnvoyGraph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no EnvoyGraph.sln above {AppContext.BaseDirectory}");
    }
}
