namespace EnvoyGraph.Api.Tests.Support;

/// <summary>Each test gets its own SQLite store loaded with <see cref="TestGraph.StandardAsync"/>, and its own app over it.</summary>
public abstract class StandardGraphTest : IAsyncLifetime
{
    protected TestGraph Graph { get; private set; } = null!;
    protected ApiHost Host { get; private set; } = null!;
    protected CountingStore Counter { get; private set; } = null!;
    protected virtual ApiOptions Options => new();

    public async Task InitializeAsync()
    {
        Graph = await TestGraph.StandardAsync();
        var (store, counter) = CountingStore.Wrap(Graph.Store);
        Counter = counter;
        Host = await ApiHost.StartAsync(store, Options);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Graph.DisposeAsync();
    }

    protected Task<string> Run(string query, object? variables = null) => Gql.RunAsync(Host, query, variables);
}
