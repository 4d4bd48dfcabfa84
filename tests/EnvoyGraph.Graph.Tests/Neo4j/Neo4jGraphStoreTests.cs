using System.Net;
using System.Net.Sockets;
using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;
using EnvoyGraph.Graph.Neo4j;
using EnvoyGraph.Graph.Stores;

namespace EnvoyGraph.Graph.Tests.Neo4j;

/// <summary>What the store sends and what it makes of the answers, against a scripted server (issue 4).</summary>
public class Neo4jGraphStoreTests
{
    private const string Injection = "Robert'}) DETACH DELETE (n) //";

    private static Neo4jGraphStore Store(FakeNeo4j fake) => new(FakeNeo4j.Client(fake));

    private static GraphBatch Batch() => GraphBatch.Empty with
    {
        Persons = [new Person("lee-do-hoon", "Lee Do-hoon", ["Lee"], "KR", "envoy"), new Person("robert", Injection, [], "US", null)],
        Countries = [new Country("KR", "South Korea", ["Korea"])],
        Meetings = [new Meeting("m1", PartialDate.Parse("2017-10"), MeetingMode.InPerson, MeetingStatus.Held, "bilateral", "Seoul")],
        Attendances = [new Attendance("lee-do-hoon", "m1", null), new Attendance("robert", "m1", "envoy")],
    };

    [Fact]
    public async Task A_batch_is_one_transaction_of_unwind_merge_statements_with_user_values_only_as_parameters()
    {
        var fake = TxAnswers.Server();
        await using var store = Store(fake);

        await store.ApplyAsync(Batch());

        Assert.Equal(["/db/neo4j/tx", "/db/neo4j/tx/1/commit"], fake.Requests.Select(r => r.Path));
        var statements = fake.Requests[0].Statements();
        Assert.Equal(4, statements.Count); // countries, persons, meetings, attendances
        Assert.All(statements, s => Assert.StartsWith("UNWIND $rows AS row", s.Text));
        Assert.All(statements, s => Assert.DoesNotContain("Robert", s.Text));
        Assert.Contains(Injection, fake.Requests[0].Body.Replace("\\u0027", "'"));
    }

    [Fact]
    public async Task Persons_are_stored_with_their_sort_name_and_name_keys()
    {
        var fake = TxAnswers.Server();
        await using var store = Store(fake);

        await store.ApplyAsync(Batch());

        var persons = fake.Requests[0].Statements().Single(s => s.Text.Contains("MERGE (p:Person")).Parameters.GetProperty("rows")[0];
        Assert.Equal("lee dohoon", persons.GetProperty("sortName").GetString());
        Assert.Contains("n:leedohoon", persons.GetProperty("nameKeys").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Meeting_dates_are_stored_as_sort_key_and_first_and_last_day()
    {
        var fake = TxAnswers.Server();
        await using var store = Store(fake);

        await store.ApplyAsync(Batch());

        var meeting = fake.Requests[0].Statements().Single(s => s.Text.Contains("MERGE (m:Meeting")).Parameters.GetProperty("rows")[0];
        Assert.Equal("2017-10", meeting.GetProperty("date").GetString());
        Assert.Equal("2017-10-01", meeting.GetProperty("dateStart").GetString());
        Assert.Equal("2017-10-31", meeting.GetProperty("dateEnd").GetString());
        Assert.Equal("in_person", meeting.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task An_edge_to_a_missing_node_rolls_the_batch_back_and_names_the_node()
    {
        var fake = TxAnswers.Server(text => text.Contains("ATTENDED]->(m)") && text.Contains("personId")
            ? [["ghost", false, "m1", true]]
            : null);
        await using var store = Store(fake);

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.ApplyAsync(Batch()));

        Assert.Equal("cannot write ATTENDED from person 'ghost' to meeting 'm1': person 'ghost' is neither in the batch nor in the store " +
                     "(1 such edge(s); nothing of the batch was written)", e.Message);
        Assert.Equal([HttpMethod.Post, HttpMethod.Delete], fake.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task An_empty_batch_sends_nothing()
    {
        var fake = TxAnswers.Server();
        await using var store = Store(fake);

        await store.ApplyAsync(GraphBatch.Empty);

        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Replaced_articles_end_with_the_orphan_check()
    {
        var fake = TxAnswers.Server();
        await using var store = Store(fake);

        await store.ApplyAsync(GraphBatch.Empty with { ReplacedArticles = ["a1"] });

        var statements = fake.Requests[0].Statements();
        Assert.Equal(2, statements.Count);
        Assert.StartsWith("UNWIND $rows AS id", statements[0].Text);
        Assert.StartsWith("MATCH (m:PendingOrphanCheck)", statements[1].Text);
    }

    [Fact]
    public async Task Initialize_applies_each_schema_statement_constraints_first()
    {
        var fake = TxAnswers.Server();
        await using var store = Store(fake);

        await store.InitializeAsync();

        var sent = fake.Requests.Select(r => Assert.Single(r.Statements()).Text).ToList();
        Assert.All(sent, s => Assert.Contains("IF NOT EXISTS", s));
        Assert.StartsWith("CREATE CONSTRAINT person_id", sent[0]);
        Assert.Contains(sent, s => s.StartsWith("CREATE FULLTEXT INDEX person_names"));
    }

    private static object Meeting(string id, string date) =>
        new Dictionary<string, object?> { ["id"] = id, ["date"] = date, ["mode"] = "phone", ["status"] = "planned", ["format"] = "bilateral", ["location"] = null };

    [Fact]
    public async Task Meetings_page_reads_rows_and_its_cursor_continues_after_the_last_row()
    {
        var fake = TxAnswers.Server(_ => [[Meeting("m1", "2017-10")], [Meeting("m2", "")]]);
        await using var store = Store(fake);

        var page = await store.QueryMeetingsAsync(new MeetingQuery(First: 1));
        await store.QueryMeetingsAsync(new MeetingQuery(First: 1, After: page.EndCursor));

        var m = Assert.Single(page.Items);
        Assert.Equal(new Meeting("m1", PartialDate.Parse("2017-10"), MeetingMode.Phone, MeetingStatus.Planned, "bilateral", null), m);
        Assert.True(page.HasNextPage);
        var second = fake.Requests[1].Statements()[0].Parameters;
        Assert.Equal("2017-10", second.GetProperty("afterDate").GetString());
        Assert.Equal("m1", second.GetProperty("afterId").GetString());
        Assert.Equal(2, second.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Meetings_of_a_participant_start_from_that_person()
    {
        var fake = TxAnswers.Server();
        await using var store = Store(fake);

        await store.QueryMeetingsAsync(new MeetingQuery(Participant: "lee-do-hoon", WithPerson: "kenji-kanasugi", Country: "JP", Order: MeetingOrder.DateDesc));

        var (text, parameters) = fake.Requests[0].Statements()[0];
        Assert.StartsWith("MATCH (:Person {id: $person})-[:ATTENDED]->(m:Meeting)", text);
        Assert.Contains("ORDER BY m.date DESC, m.id DESC", text);
        Assert.Equal("lee-do-hoon", parameters.GetProperty("person").GetString());
        Assert.Equal("kenji-kanasugi", parameters.GetProperty("other").GetString());
        Assert.Equal(["JP"], parameters.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Date_filters_are_sent_as_month_start_and_end_days()
    {
        var fake = TxAnswers.Server(_ => [[0]]);
        await using var store = Store(fake);

        await store.CountMeetingsAsync(new MeetingQuery(From: PartialDate.Parse("2019-02"), To: PartialDate.Parse("2019-03")));

        var parameters = fake.Requests[0].Statements()[0].Parameters;
        Assert.Equal("2019-02", parameters.GetProperty("fromMonth").GetString());
        Assert.Equal("2019-02-01", parameters.GetProperty("fromStart").GetString());
        Assert.Equal("2019-03-31", parameters.GetProperty("toEnd").GetString());
    }

    [Fact]
    public async Task A_cursor_from_another_list_is_refused_before_anything_is_sent()
    {
        var fake = TxAnswers.Server();
        await using var store = Store(fake);
        var personCursor = KeysetCursor.Encode("persons", "lee do hoon", "lee-do-hoon");

        await Assert.ThrowsAsync<BadCursorException>(() => store.QueryMeetingsAsync(new MeetingQuery(After: personCursor)));

        Assert.Empty(fake.Requests);
    }

    private static object PersonRow(string id) =>
        new Dictionary<string, object?> { ["id"] = id, ["name"] = id.ToUpperInvariant(), ["aliases"] = Array.Empty<string>() };

    /// <summary>a -m1- b -m2- c, answered hop by hop as the neighbours statement would.</summary>
    private static FakeNeo4j Chain() => TxAnswers.Server((text, parameters) =>
    {
        var ids = parameters.GetProperty("ids").EnumerateArray().Select(x => x.GetString()).ToList();
        if (text.Contains("RETURN p {")) return ids.Where(id => id is "a" or "b" or "c" or "z").Select(id => new[] { PersonRow(id!) }).ToArray();
        var edges = new (string, string, string)[] { ("a", "m1", "b"), ("b", "m1", "a"), ("b", "m2", "c"), ("c", "m2", "b") };
        return edges.Where(e => ids.Contains(e.Item1)).Select(e => new object?[] { e.Item1, e.Item2, e.Item3 }).ToArray();
    });

    [Fact]
    public async Task A_path_is_found_hop_by_hop_from_the_smaller_side()
    {
        var fake = Chain();
        await using var store = Store(fake);

        var path = await store.FindPathAsync("a", "c", 4);

        Assert.Equal([new PathStep("a", "m1", "b"), new PathStep("b", "m2", "c")], path);
        Assert.Equal(3, fake.Requests.Count); // the two persons, then one request per hop
    }

    [Fact]
    public async Task No_path_within_the_hop_limit_is_null()
    {
        await using var store = Store(Chain());

        Assert.Null(await store.FindPathAsync("a", "c", 1));
        Assert.Null(await store.FindPathAsync("a", "z", 4));
    }

    [Fact]
    public async Task A_path_to_an_unknown_person_is_null_and_to_oneself_empty()
    {
        await using var store = Store(Chain());

        Assert.Null(await store.FindPathAsync("a", "nobody", 4));
        Assert.Equal([], await store.FindPathAsync("a", "a", 4));
    }

    [Fact]
    public async Task Stats_are_read_in_one_request()
    {
        var totals = new Queue<int>([5, 4, 3, 2, 0]);
        var fake = TxAnswers.Server(text => text switch
        {
            _ when text.Contains("AS month") => [["2019-02", 3]],
            _ when text.Contains("AS a, y.country AS b") => [["JP", "KR", 2]],
            _ when text.Contains("p.id AS personId") => [["lee-do-hoon", 3]],
            _ => [[totals.Dequeue()]],
        });
        await using var store = Store(fake);

        var stats = await store.GetStatsAsync(new StatsQuery());

        Assert.Single(fake.Requests);
        Assert.Equal([new MonthCount("2019-02", 3)], stats.MeetingsPerMonth);
        Assert.Equal([new CountryPairCount("JP", "KR", 2)], stats.CountryPairs);
        Assert.Equal([new PersonCount("lee-do-hoon", 3)], stats.TopEnvoys);
        Assert.Equal(new Totals(5, 4, 3, 2, 0), stats.Totals);
    }

    [Fact]
    public async Task Description_never_shows_the_password()
    {
        await using var store = Store(TxAnswers.Server());

        Assert.Equal("neo4j:http://neo4j@localhost:7474/neo4j", store.Description);
    }

    [Fact]
    public async Task Opening_a_dead_server_fails_with_a_one_line_store_error()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => GraphStores.OpenAsync($"neo4j:http://neo4j:secret@127.0.0.1:{port}"));

        Assert.StartsWith($"cannot reach Neo4j at 127.0.0.1:{port}: connection refused", e.Message);
        Assert.DoesNotContain("secret", e.Message);
    }
}
