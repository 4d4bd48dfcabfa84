using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using EnvoyGraph.Cli.Tests.Support;

namespace EnvoyGraph.Cli.Tests.Commands;

public sealed class ServeCommandTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly TempDir _dir = new();
    private readonly TestConsole _console = new();

    public void Dispose() => _dir.Dispose();

    private string Store => "sqlite:" + _dir.Combine("graph.db");

    [Fact]
    public async Task Port_already_in_use_is_one_line_naming_the_url()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var exit = await _console.RunAsync("serve", "--store", Store, "--urls", url);

        Assert.Equal(1, exit);
        Assert.Equal($"error: --urls: {url} is already in use; stop the other server or pick another address, e.g. --urls http://localhost:5081",
            Assert.Single(_console.ErrorLines));
    }

    [Fact]
    public async Task Unknown_store_scheme_stops_before_listening()
    {
        var exit = await _console.RunAsync("serve", "--store", "oracle:db", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: --store: ", Assert.Single(_console.ErrorLines));
    }

    [Fact]
    public async Task Empty_store_gets_the_sample_articles_and_the_service_answers()
    {
        await using var server = await ServeAsync("--store", Store, "--urls", "http://127.0.0.1:0");

        Assert.Contains(_console.OutLines, l => l.StartsWith("the store is empty: loading the sample articles from "));
        Assert.Contains(_console.OutLines, l => Regex.IsMatch(l, @"^read \d+ articles: \d+ new, 0 unchanged, 0 updated, 0 failed$"));
        using var http = new HttpClient();
        Assert.Equal("ok", await http.GetStringAsync(server.Url + "healthz"));
    }

    [Fact]
    public async Task Load_option_loads_the_given_articles_instead_of_the_samples()
    {
        _dir.File("mine/a.txt", Articles.Talks);

        await using var server = await ServeAsync("--store", Store, "--urls", "http://127.0.0.1:0", "--load", _dir.Combine("mine"));

        Assert.DoesNotContain(_console.OutLines, l => l.Contains("sample articles"));
        Assert.Contains("read 1 article: 1 new, 0 unchanged, 0 updated, 0 failed", _console.OutLines);
    }

    [Fact]
    public async Task Store_with_articles_is_served_as_it_is()
    {
        _dir.File("mine/a.txt", Articles.Talks);
        Assert.Equal(0, await new TestConsole().RunAsync("load", _dir.Combine("mine"), "--store", Store));

        await using var server = await ServeAsync("--store", Store, "--urls", "http://127.0.0.1:0");

        Assert.DoesNotContain(_console.OutLines, l => l.StartsWith("read "));
    }

    [Fact]
    public async Task Cancelling_stops_the_service_with_exit_code_zero()
    {
        var server = await ServeAsync("--store", Store, "--urls", "http://127.0.0.1:0");

        Assert.Equal(0, await server.StopAsync());
    }

    private async Task<RunningServer> ServeAsync(params string[] args)
    {
        var stop = new CancellationTokenSource();
        var run = EnvoyGraphCli.RunAsync(["serve", .. args], _console.Console, stop.Token);
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !run.IsCompleted)
        {
            var line = _console.OutLines.FirstOrDefault(l => l.StartsWith("serving "));
            if (line is not null)
                return new RunningServer(Regex.Match(line, @" at (\S+/) ").Groups[1].Value, run, stop);
            await Task.Delay(50);
        }
        await stop.CancelAsync();
        throw new Xunit.Sdk.XunitException($"serve did not start (exit {(run.IsCompleted ? run.Result : "none")}):\n{_console.Out}\n{_console.Error}");
    }

    private sealed record RunningServer(string Url, Task<int> Run, CancellationTokenSource Stop) : IAsyncDisposable
    {
        public async Task<int> StopAsync()
        {
            await Stop.CancelAsync();
            return await Run.WaitAsync(TimeSpan.FromSeconds(30));
        }

        public async ValueTask DisposeAsync()
        {
            if (!Run.IsCompleted) await StopAsync();
            Stop.Dispose();
        }
    }
}
