using System.Diagnostics;
using System.Text.Json;
using EnvoyGraph.Api.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace EnvoyGraph.Api.Tests.Http;

/// <summary>
/// The public graphql-http package's auditServer, run with node against the service on a loopback
/// port: every MUST and SHOULD check of the GraphQL-over-HTTP spec passes. Needs node and
/// <c>npm ci</c> in tests/EnvoyGraph.Api.Tests/http-audit; reports itself skipped without them.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    private static readonly string AuditDir = RepoPaths.Of("tests/EnvoyGraph.Api.Tests/http-audit");

    [SkippableFact]
    public async Task Graphql_http_audit_passes_every_must_and_should_check()
    {
        Skip.IfNot(Directory.Exists(Path.Combine(AuditDir, "node_modules", "graphql-http")),
            "graphql-http is not installed: run `npm ci` in tests/EnvoyGraph.Api.Tests/http-audit");
        await using var graph = await TestGraph.StandardAsync();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddEnvoyGraph(graph.Store, new ApiOptions());
        await using var app = builder.Build();
        app.MapEnvoyGraph();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var (exitCode, lines) = await RunNodeAsync("audit.mjs", $"{address}/graphql");
        foreach (var line in lines) output.WriteLine(line);
        var summary = JsonDocument.Parse(lines[^1]).RootElement;
        Assert.True(exitCode == 0, "graphql-http audit failed:\n" + string.Join('\n', lines.Where(l => !l.StartsWith("ok"))));
        Assert.Equal(0, summary.GetProperty("MUST").GetProperty("fail").GetInt32());
        Assert.Equal(0, summary.GetProperty("SHOULD").GetProperty("fail").GetInt32());
        await app.StopAsync();
    }

    private static async Task<(int ExitCode, List<string> Lines)> RunNodeAsync(string script, string argument)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = AuditDir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(argument);
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception) { throw new SkipException("node is not on PATH"); }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (lines.Count == 0) lines.Add("node printed nothing: " + await stderr);
            return (process.ExitCode, lines);
        }
    }
}
