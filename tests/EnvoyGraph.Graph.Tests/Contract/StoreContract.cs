using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Ingest;

namespace EnvoyGraph.Graph.Tests.Contract;

/// <summary>
/// Makes a fresh, empty store for one test and cleans it up afterwards.
/// </summary>
/// <remarks>
/// HOW TO RUN THE CONTRACT SUITE AGAINST ANOTHER STORE
/// 1. Write a factory: <c>public sealed class Neo4jStoreFactory : IStoreFactory</c>. Its
///    <see cref="CreateAsync"/> returns an initialised, EMPTY store (a fresh database, or a cleared one)
///    and may call <c>Skip.If(noServer, "no Neo4j: set NEO4J_URI or start Docker")</c>: every contract test
///    is a [SkippableFact] and creates its store inside the test body, so the skip is reported as a skip.
///    <see cref="IAsyncDisposable.DisposeAsync"/> removes what the test left (files, data).
/// 2. Add one line per topic, e.g. in tests/EnvoyGraph.Graph.Tests/Neo4j/Neo4jContracts.cs:
///    <c>public sealed class Neo4jIngestContract : IngestContract&lt;Neo4jStoreFactory&gt;;</c>
///    for every abstract <c>*Contract&lt;TFactory&gt;</c> class in this folder (see Sqlite/SqliteContracts.cs).
/// The runner then shows each test once per store, with the store in the class name.
/// </remarks>
public interface IStoreFactory : IAsyncDisposable
{
    Task<IGraphStore> CreateAsync();
}

/// <summary>
/// Base of every contract test class: gives each test its own empty store from
/// <typeparamref name="TFactory"/>, and helpers to load hand-written <see cref="ArticleFacts"/>.
/// </summary>
public abstract class StoreContract<TFactory> : IAsyncLifetime where TFactory : IStoreFactory, new()
{
    private readonly TFactory _factory = new();
    private IGraphStore? _store;

    /// <summary>The store of this test, created on first use (inside the test, so a factory can skip).</summary>
    protected async Task<IGraphStore> StoreAsync() => _store ??= await _factory.CreateAsync();

    /// <summary>Ingests the articles in one batch; the content hash is derived from each article's source and evidence.</summary>
    protected async Task<IngestResult> IngestAsync(params ArticleFacts[] articles)
    {
        var store = await StoreAsync();
        return await new ArticleIngestor(store).IngestAsync(articles.Select(Fixtures.Item).ToList());
    }

    protected async Task<Model.Person> PersonNamedAsync(string name)
    {
        var found = await (await StoreAsync()).FindPersonsByNameAsync(name);
        return Assert.Single(found);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        await _factory.DisposeAsync();
    }
}
