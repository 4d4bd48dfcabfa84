using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using EnvoyGraph.Graph.Neo4j.Cypher;
using EnvoyGraph.Graph.Neo4j.Http;
using static EnvoyGraph.Graph.Tests.Neo4j.RecordedNeo4j;

namespace EnvoyGraph.Graph.Tests.Neo4j;

/// <summary>The HTTP client against answers recorded from a real Neo4j 5.26 (issue 4).</summary>
public class Neo4jHttpClientTests
{
    private static CypherQuery Query(string name, string text, Dictionary<string, object?>? parameters = null) =>
        new(new CypherStatement(name, text), parameters ?? []);

    [Fact]
    public async Task Rows_of_a_committed_statement_are_read_by_column()
    {
        var fake = new FakeNeo4j(Ok(CreateNodeWithParameter));
        using var client = FakeNeo4j.Client(fake);

        var result = await client.RunAsync(Query("create", "CREATE (n:T {x:$x}) RETURN n", new() { ["x"] = 1 }));

        Assert.Equal(["n"], result.Columns);
        Assert.Equal(1, result.Single("n").GetProperty("x").GetInt32());
        var sent = Assert.Single(fake.Requests);
        Assert.Equal("/db/neo4j/tx/commit", sent.Path);
        var (text, parameters) = Assert.Single(sent.Statements());
        Assert.Equal("CREATE (n:T {x:$x}) RETURN n", text);
        Assert.Equal(1, parameters.GetProperty("x").GetInt32());
    }

    [Fact]
    public async Task Credentials_go_in_a_basic_authorization_header()
    {
        var fake = new FakeNeo4j(Ok(ReturnOne));
        using var client = FakeNeo4j.Client(fake, "neo4j:http://neo4j:verify-pass-123@localhost:7474");

        await client.VerifyAsync();

        // The header the recorded server accepted for neo4j / verify-pass-123.
        Assert.Equal("Basic bmVvNGo6dmVyaWZ5LXBhc3MtMTIz", fake.Requests[0].Authorization);
    }

    [Fact]
    public async Task Temporal_values_arrive_as_iso_strings_and_lists_and_maps_as_json()
    {
        using var client = FakeNeo4j.Client(new FakeNeo4j(Ok(TemporalValues)));

        var result = await client.RunAsync(Query("values", "RETURN date('2024-01-15') AS d"));

        Assert.Equal("2024-01-15", result.Single("d").GetString());
        Assert.Equal("2024-01-15T10:30Z", result.Single("dt").GetString());
        Assert.Equal("P1M2DT3H", result.Single("dur").GetString());
        Assert.Equal(5, result.Single("lst").GetArrayLength());
        Assert.Equal("v", result.Single("m").GetProperty("k").GetString());
    }

    [Fact]
    public async Task Several_statements_in_one_request_give_one_result_each()
    {
        var fake = new FakeNeo4j(Ok(TwoStatements));
        using var client = FakeNeo4j.Client(fake);

        var results = await client.RunAsync([Query("create", "CREATE ..."), Query("list", "MATCH (n:Person) RETURN n.id AS id, n.name AS name")]);

        Assert.Equal(2, results.Count);
        Assert.Equal(["p1", "p2"], results[1].Column("id").Select(e => e.GetString()));
        Assert.Single(fake.Requests);
        Assert.Equal(2, fake.Requests[0].Statements().Count);
    }

    [Fact]
    public async Task Wrong_password_names_the_user_and_host_but_never_the_password()
    {
        using var client = FakeNeo4j.Client(new FakeNeo4j(Unauthorized(InvalidCredential)), "neo4j:http://envoy:wrong-password@db.example:7474");

        var e = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.VerifyAsync());

        Assert.Equal("Neo4j refused the credentials for user envoy at db.example:7474", e.Message);
        Assert.DoesNotContain("wrong-password", e.Message);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", e.Code);
    }

    [Fact]
    public async Task Missing_credentials_say_how_to_give_them()
    {
        using var client = FakeNeo4j.Client(new FakeNeo4j(Unauthorized(NoAuthHeader)), "neo4j:http://localhost:7474");

        var e = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.VerifyAsync());

        Assert.Contains("asks for credentials", e.Message);
        Assert.Contains("NEO4J_USER", e.Message);
    }

    [Fact]
    public async Task Constraint_violation_inside_a_200_is_the_callers_mistake_naming_the_statement()
    {
        var fake = new FakeNeo4j(Ok(ConstraintViolation));
        using var client = FakeNeo4j.Client(fake);

        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(Query("create person", "CREATE (:Person {id:'p1'})")));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", e.Code);
        Assert.Contains("statement 'create person'", e.Message);
        Assert.Contains("already exists with label `Person`", e.Message);
        Assert.Single(fake.Requests); // not retried
    }

    [Fact]
    public async Task Runtime_error_in_a_later_statement_names_that_statement()
    {
        using var client = FakeNeo4j.Client(new FakeNeo4j(Ok(RuntimeErrorInSecondStatement)));

        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(
            [Query("create tmp", "CREATE (:Tmp {v:1})"), Query("divide", "RETURN 1/0 AS boom"), Query("never", "RETURN 'never'")]));

        Assert.Equal("Neo4j in statement 'divide': / by zero (Neo.ClientError.Statement.ArithmeticError)", e.Message);
    }

    [Fact]
    public async Task Syntax_error_inside_a_200_is_reported()
    {
        using var client = FakeNeo4j.Client(new FakeNeo4j(Ok(SyntaxError)));

        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(Query("broken", "MATCH (n RETURN n")));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.StartsWith("Neo4j in statement 'broken': Invalid input 'RETURN'", e.Message);
    }

    [Fact]
    public async Task Transient_error_is_retried_then_succeeds()
    {
        var fake = new FakeNeo4j(Ok(TransientDeadlock), Ok(TransientDeadlock), Ok(ReturnOne));
        using var client = FakeNeo4j.Client(fake);

        var result = await client.RunAsync(Query("one", "RETURN 1 AS one"));

        Assert.Equal(1, result.Single("one").GetInt32());
        Assert.Equal(3, fake.Requests.Count);
        Assert.All(fake.Requests, r => Assert.Equal(fake.Requests[0].Body, r.Body));
    }

    [Fact]
    public async Task Transient_error_gives_up_after_the_last_attempt()
    {
        var fake = new FakeNeo4j(_ => Ok(TransientDeadlock));
        using var client = FakeNeo4j.Client(fake, options: FakeNeo4j.Fast with { MaxAttempts = 3 });

        var e = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync(Query("one", "RETURN 1 AS one")));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", e.Code);
        Assert.Equal(3, fake.Requests.Count);
    }

    [Fact]
    public async Task Database_error_is_the_servers_fault_and_not_retried()
    {
        var fake = new FakeNeo4j(Ok(EnterpriseOnlyConstraint));
        using var client = FakeNeo4j.Client(fake);

        var e = await Assert.ThrowsAsync<Neo4jDatabaseException>(() => client.RunAsync(Query("type constraint", "CREATE CONSTRAINT ...")));

        Assert.Contains("requires Neo4j Enterprise Edition", e.Message);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Service_unavailable_is_transient()
    {
        var fake = new FakeNeo4j(new FakeNeo4j.Reply(HttpStatusCode.ServiceUnavailable, "<html>starting</html>"), Ok(ReturnOne));
        using var client = FakeNeo4j.Client(fake);

        await client.VerifyAsync();

        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task Unknown_database_names_the_database()
    {
        using var client = FakeNeo4j.Client(new FakeNeo4j(NotFound(UnknownDatabase)), "neo4j:http://localhost:7474/nosuchdb");

        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => client.VerifyAsync());

        Assert.Equal("Neo4j at localhost:7474 has no database 'nosuchdb': name an existing one, e.g. neo4j:http://localhost:7474/neo4j", e.Message);
    }

    [Fact]
    public async Task Database_in_the_uri_is_the_path_of_every_request()
    {
        var fake = new FakeNeo4j(Ok(ReturnOne));
        using var client = FakeNeo4j.Client(fake, "neo4j:http://localhost:7474/envoys");

        await client.VerifyAsync();

        Assert.Equal("/db/envoys/tx/commit", fake.Requests[0].Path);
    }

    [Fact]
    public async Task Checked_transaction_commits_at_our_address_not_the_servers()
    {
        // The server advertises 127.0.0.1 in Location; behind a proxy only our own address works.
        var fake = new FakeNeo4j(Created(OpenTransaction, "http://127.0.0.1:7474/db/neo4j/tx/26"), Ok(CommitTransaction));
        using var client = FakeNeo4j.Client(fake, "neo4j:http://neo4j:pw@graph.internal:7474");

        var results = await client.RunCheckedAsync([Query("one", "RETURN 1 AS one")], _ => { });

        Assert.Equal(1, results[0].Single("one").GetInt32());
        Assert.Equal(["/db/neo4j/tx", "/db/neo4j/tx/26/commit"], fake.Requests.Select(r => r.Path));
        Assert.Empty(fake.Requests[1].Statements());
    }

    [Fact]
    public async Task Checked_transaction_rolls_back_when_the_check_fails()
    {
        var fake = new FakeNeo4j(Created(OpenTransaction, "http://127.0.0.1:7474/db/neo4j/tx/26"), Ok(RollBack));
        using var client = FakeNeo4j.Client(fake);

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            client.RunCheckedAsync([Query("one", "RETURN 1 AS one")], _ => throw new InvalidOperationException("missing node")));

        Assert.Equal("missing node", e.Message);
        Assert.Equal(HttpMethod.Delete, fake.Requests[1].Method);
        Assert.Equal("/db/neo4j/tx/26", fake.Requests[1].Path);
        Assert.Equal(2, fake.Requests.Count); // no commit
    }

    [Fact]
    public async Task Checked_transaction_is_retried_whole_after_a_transient_error()
    {
        var fake = new FakeNeo4j(Ok(TransientDeadlock),
            Created(OpenTransaction, "http://127.0.0.1:7474/db/neo4j/tx/27"), Ok(CommitTransaction));
        using var client = FakeNeo4j.Client(fake);

        await client.RunCheckedAsync([Query("one", "RETURN 1 AS one")], _ => { });

        Assert.Equal(["/db/neo4j/tx", "/db/neo4j/tx", "/db/neo4j/tx/27/commit"], fake.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Unreachable_server_is_a_clear_error()
    {
        // A port that was free a moment ago: nothing listens there.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new Neo4jHttpClient(Neo4jEndpoint.Parse($"neo4j:http://127.0.0.1:{port}", _ => null));

        var e = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.VerifyAsync());

        Assert.Equal($"cannot reach Neo4j at 127.0.0.1:{port}: connection refused (is Neo4j running, and is its HTTP port 7474 open?)", e.Message);
    }

    [Fact]
    public async Task Answer_that_is_not_json_is_a_server_fault_quoting_it()
    {
        using var client = FakeNeo4j.Client(new FakeNeo4j(new FakeNeo4j.Reply(HttpStatusCode.BadGateway, "<html>bad gateway</html>"),
            new FakeNeo4j.Reply(HttpStatusCode.OK, "<html>not neo4j</html>")));

        var e = await Assert.ThrowsAsync<Neo4jDatabaseException>(() => client.VerifyAsync());

        Assert.Contains("<html>not neo4j</html>", e.Message);
    }

    [Fact]
    public async Task Null_parameters_are_sent_as_json_null()
    {
        var fake = new FakeNeo4j(Ok(ReturnOne));
        using var client = FakeNeo4j.Client(fake);

        await client.RunAsync(Query("one", "RETURN 1 AS one", new() { ["country"] = null }));

        Assert.Equal(JsonValueKind.Null, fake.Requests[0].Statements()[0].Parameters.GetProperty("country").ValueKind);
    }
}
