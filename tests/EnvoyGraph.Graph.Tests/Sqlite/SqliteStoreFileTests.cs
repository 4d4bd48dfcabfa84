using EnvoyGraph.Graph.Synthetic;
using EnvoyGraph.Graph.Ingest;
using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Sqlite;
using EnvoyGraph.Graph.Stores;
using EnvoyGraph.Graph.Tests.Contract;

namespace EnvoyGraph.Graph.Tests.Sqlite;

/// <summary>What only the file-based store does: open, reopen, refuse bad files, write batches atomically.</summary>
public sealed class SqliteStoreFileTests : IAsyncLifetime
{
    private readonly SqliteStoreFactory _dir = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _dir.DisposeAsync();

    [Fact]
    public async Task Opening_creates_the_parent_directory_and_the_schema()
    {
        var path = Path.Combine(_dir.Directory, "nested", "deeper", "graph.db");
        await using var store = await GraphStores.OpenAsync("sqlite:" + path);

        Assert.True(File.Exists(path));
        Assert.Equal(0, await store.CountMeetingsAsync(new MeetingQuery()));
        await store.InitializeAsync(); // idempotent
    }

    [Fact]
    public async Task Data_survives_closing_and_reopening_the_file()
    {
        await using (var store = await SqliteGraphStore.OpenAsync(_dir.DatabasePath))
            await new ArticleIngestor(store).IngestAsync([Fixtures.Item(Fixtures.Seed1)]);

        await using var reopened = await SqliteGraphStore.OpenAsync(_dir.DatabasePath);
        Assert.Equal(2, await reopened.CountMeetingsAsync(new MeetingQuery()));
        var again = await new ArticleIngestor(reopened).IngestAsync([Fixtures.Item(Fixtures.Seed1)]);
        Assert.Equal(1, again.Unchanged);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_gives_a_one_line_error_naming_it()
    {
        Directory.CreateDirectory(_dir.Directory);
        var path = Path.Combine(_dir.Directory, "notes.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => GraphStores.OpenAsync("sqlite:" + path));
        Assert.Contains(path, e.Message);
        Assert.Contains("not an SQLite database", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task A_path_that_cannot_be_created_gives_a_one_line_error_naming_it()
    {
        Directory.CreateDirectory(_dir.Directory);
        var blocker = Path.Combine(_dir.Directory, "plain-file");
        await File.WriteAllTextAsync(blocker, "not a directory");
        var path = Path.Combine(blocker, "graph.db");

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => GraphStores.OpenAsync("sqlite:" + path));
        Assert.Contains(path, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task An_empty_sqlite_path_is_refused_with_an_example()
    {
        var e = await Assert.ThrowsAsync<GraphStoreException>(() => GraphStores.OpenAsync("sqlite:"));
        Assert.Contains("sqlite:", e.Message);
    }

    [Fact]
    public async Task A_failing_batch_writes_nothing_of_itself()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_dir.DatabasePath);
        var person = new Person("ann-lind", "Ann Lind", [], "SE", null);
        var meeting = new Meeting("m-1", null, MeetingMode.Unknown, MeetingStatus.Held, "bilateral", null);
        // The attendance names a person that exists nowhere: the foreign key fails after the person and meeting rows went in.
        var broken = GraphBatch.Empty with { Persons = [person], Meetings = [meeting], Attendances = [new("ghost", "m-1", null)] };

        await Assert.ThrowsAsync<GraphStoreException>(() => store.ApplyAsync(broken));

        Assert.Empty(await store.GetPersonsAsync(["ann-lind"]));
        Assert.Empty(await store.GetMeetingsAsync(["m-1"]));
    }

    [Fact]
    public async Task Applying_the_same_batch_twice_leaves_the_graph_as_it_was()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_dir.DatabasePath);
        var batch = SyntheticGraph.Generate(meetings: 500, seed: 7).Single();
        await store.ApplyAsync(batch);
        var before = (await store.GetStatsAsync(new StatsQuery())).Totals;

        await store.ApplyAsync(batch);

        Assert.Equal(before, (await store.GetStatsAsync(new StatsQuery())).Totals);
        Assert.Equal(500, before.Meetings);
    }
}
