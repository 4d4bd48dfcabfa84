using System.Net.Sockets;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using EnvoyGraph.Graph.Neo4j;

namespace EnvoyGraph.Graph.Tests.Neo4j;

/// <summary>
/// The Neo4j server the contract suite runs against, found once per test run: the one NEO4J_URI names,
/// else a throw-away <c>neo4j:5</c> container when a Docker engine answers, else none (the tests then
/// report themselves skipped, with <see cref="NoServer"/> as the reason).
/// </summary>
public static class Neo4jTestServer
{
    public const string NoServer = "skipped: no Neo4j: set NEO4J_URI or start Docker";

    private static readonly Lazy<Task<string?>> Uri = new(FindAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static IContainer? _container;

    /// <summary>The store URI of the test server, or null when there is none.</summary>
    public static Task<string?> UriAsync() => Uri.Value;

    private static async Task<string?> FindAsync()
    {
        if (Neo4jGraphStore.UriFromEnvironment() is { } fromEnvironment) return fromEnvironment;
        // Probing the socket takes milliseconds; Testcontainers needs ~170 ms to find out there is no engine.
        if (!DockerAnswers()) return null;
        _container = new ContainerBuilder()
            .WithImage("neo4j:5")
            .WithEnvironment("NEO4J_AUTH", "none")
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer()
                .UntilMessageIsLogged("Started.")
                .UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
            .Build();
        await _container.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return $"neo4j:http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}";
    }

    private static bool DockerAnswers()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        try
        {
            if (host is not null && host.StartsWith("tcp://", StringComparison.Ordinal))
            {
                var address = new System.Uri(host);
                using var tcp = new TcpClient();
                return tcp.ConnectAsync(address.Host, address.Port).Wait(TimeSpan.FromSeconds(1)) && tcp.Connected;
            }
            var path = host is not null && host.StartsWith("unix://", StringComparison.Ordinal) ? host["unix://".Length..] : "/var/run/docker.sock";
            if (!File.Exists(path)) return false;
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(path));
            return true;
        }
        catch (Exception e) when (e is SocketException or AggregateException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
