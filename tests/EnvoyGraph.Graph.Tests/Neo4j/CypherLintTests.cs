using EnvoyGraph.Graph.Neo4j.Cypher;
using Xunit.Abstractions;

namespace EnvoyGraph.Graph.Tests.Neo4j;

/// <summary>Cypher checked without a server (issue 4): a syntax or semantic error in any statement fails here.</summary>
public class CypherLintTests(CypherLintRun lint, ITestOutputHelper output) : IClassFixture<CypherLintRun>
{
    [SkippableFact]
    public void Every_statement_the_adapter_sends_and_every_schema_file_lints_clean()
    {
        Skip.If(lint.SkipReason is not null, lint.SkipReason);
        var checkedHere = lint.Findings.Where(f => f.Name != CypherLintRun.BrokenOnPurpose).ToList();
        foreach (var w in checkedHere.Where(f => f.Warnings.Length > 0))
            output.WriteLine($"warning in '{w.Name}': {string.Join("; ", w.Warnings)}");

        var failures = checkedHere.Where(f => f.Errors.Length > 0).Select(f => $"'{f.Name}': {string.Join("; ", f.Errors)}").ToList();

        Assert.True(failures.Count == 0, "Cypher lint errors:\n" + string.Join("\n", failures));
        Assert.Equal(lint.Count - 1, checkedHere.Count);
    }

    [SkippableFact]
    public void The_linter_reports_a_broken_statement()
    {
        Skip.If(lint.SkipReason is not null, lint.SkipReason);

        var broken = Assert.Single(lint.Findings, f => f.Name == CypherLintRun.BrokenOnPurpose);

        Assert.Contains(broken.Errors, e => e.Contains("Invalid input 'RETURN'"));
    }

    [Fact]
    public void The_catalogue_holds_every_kind_of_statement()
    {
        var names = CypherCatalogue.All().Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("upsert persons", names);
        Assert.Contains("meetings page", names);
        Assert.Contains("path: neighbours", names);
        Assert.Contains("001_constraints.cypher #1", names);
    }
}
