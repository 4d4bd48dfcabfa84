using System.Net;
using EnvoyGraph.Graph.Neo4j.Cypher;
using EnvoyGraph.Graph.Neo4j.Http;
using static EnvoyGraph.Graph.Tests.Neo4j.RecordedQueryApi;

namespace EnvoyGraph.Graph.Tests.Neo4j;

/// <summary>The Query API transport (Aura, or <c>?api=query</c>) against recorded Neo4j 5.26 answers (issue 4).</summary>
public class QueryApiTests
{
    private const string Uri = "neo4j:http://neo4j:pw@localhost:7474?api=query";

    private static CypherQuery Query(string name, string text) => new(new CypherStatement(name, text));

    [Fact]
    public async Task One_statement_is_one_request_to_query_v2()
    {
        var fake = new FakeNeo4j(Accepted(Count));
        using var client = FakeNeo4j.Client(fake, Uri);

        var result = await client.RunAsync(Query("count", "MATCH (n) RETURN count(n) AS c"));

        Assert.Equal(3, result.Single("c").GetInt32());
        Assert.Equal("/db/neo4j/query/v2", fake.Requests.Single().Path);
        Assert.Equal("MATCH (n) RETURN count(n) AS c", fake.Requests[0].QueryStatement());
    }

    [Fact]
    public async Task Runtime_error_inside_a_202_is_thrown()
    {
        using var client = FakeNeo4j.Client(new FakeNeo4j(Accepted(RuntimeError)), Uri);

        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(Query("divide", "RETURN 1/0 AS boom")));

        Assert.Equal("Neo4j in statement 'divide': / by zero (Neo.ClientError.Statement.ArithmeticError)", e.Message);
    }

    [Fact]
    public async Task Syntax_error_400_and_constraint_violation_are_the_callers_mistakes()
    {
        using var client = FakeNeo4j.Client(new FakeNeo4j(Status(HttpStatusCode.BadRequest, SyntaxError), Status(HttpStatusCode.BadRequest, ConstraintViolation)), Uri);

        var syntax = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(Query("broken", "MATCH (n RETURN n")));
        var duplicate = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(Query("create", "CREATE (:Person {id:'p1'})")));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", syntax.Code);
        Assert.Contains("statement 'broken'", syntax.Message);
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", duplicate.Code);
    }

    [Fact]
    public async Task Unknown_database_and_server_fault_are_told_apart()
    {
        using var missing = FakeNeo4j.Client(new FakeNeo4j(Status(HttpStatusCode.NotFound, UnknownDatabase)), "neo4j:http://localhost:7474/nosuchdb?api=query");
        using var broken = FakeNeo4j.Client(new FakeNeo4j(Status(HttpStatusCode.InternalServerError, EnterpriseOnly)), Uri);

        var notFound = await Assert.ThrowsAsync<Neo4jClientException>(() => missing.VerifyAsync());
        await Assert.ThrowsAsync<Neo4jDatabaseException>(() => broken.VerifyAsync());

        Assert.StartsWith("Neo4j at localhost:7474 has no database 'nosuchdb'", notFound.Message);
    }

    [Fact]
    public async Task Several_statements_run_in_an_explicit_transaction_that_echoes_the_cluster_affinity()
    {
        var affinity = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MXxMeWxl" };
        var fake = new FakeNeo4j(Accepted(OpenEmpty, affinity), Accepted(RunInTransaction), Accepted(RunInTransaction), Accepted(Commit));
        using var client = FakeNeo4j.Client(fake, Uri);

        var results = await client.RunAsync([Query("one", "MATCH (n:QTx) RETURN count(n) AS c"), Query("two", "MATCH (n:QTx) RETURN count(n) AS c")]);

        Assert.Equal([1, 1], results.Select(r => r.Single("c").GetInt32()));
        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/f9ed", "/db/neo4j/query/v2/tx/f9ed", "/db/neo4j/query/v2/tx/f9ed/commit"],
            fake.Requests.Select(r => r.Path));
        Assert.All(fake.Requests.Skip(1), r => Assert.Equal("MXxMeWxl", r.Headers["neo4j-cluster-affinity"]));
    }

    [Fact]
    public async Task An_error_inside_the_transaction_ends_it_without_a_commit()
    {
        var fake = new FakeNeo4j(Accepted(OpenEmpty), Accepted(ErrorInTransaction));
        using var client = FakeNeo4j.Client(fake, Uri);

        await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync([Query("divide", "RETURN 1/0"), Query("never", "RETURN 1")]));

        Assert.Equal(2, fake.Requests.Count); // the server already rolled it back: no commit, no delete
    }

    [Fact]
    public async Task A_failed_check_rolls_the_transaction_back()
    {
        var fake = new FakeNeo4j(Accepted(OpenEmpty), Accepted(RunInTransaction), new FakeNeo4j.Reply(HttpStatusCode.OK, ""));
        using var client = FakeNeo4j.Client(fake, Uri);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            client.RunCheckedAsync([Query("one", "RETURN 1 AS c")], _ => throw new InvalidOperationException("missing node")));

        Assert.Equal(HttpMethod.Delete, fake.Requests[^1].Method);
        Assert.Equal("/db/neo4j/query/v2/tx/f9ed", fake.Requests[^1].Path);
    }

    [Theory]
    [InlineData("neo4j:https://abcd1234.databases.neo4j.io", Neo4jApi.Query)]
    [InlineData("neo4j:http://localhost:7474", Neo4jApi.Transactional)]
    [InlineData("neo4j:http://localhost:7474?api=query", Neo4jApi.Query)]
    [InlineData("neo4j:https://abcd1234.databases.neo4j.io?api=tx", Neo4jApi.Transactional)]
    public void The_api_follows_the_uri(string uri, Neo4jApi api) =>
        Assert.Equal(api, Neo4jEndpoint.Parse(uri, _ => null).Api);

    [Fact]
    public void An_unknown_option_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => Neo4jEndpoint.Parse("neo4j:http://neo4j:pw@localhost:7474?mode=fast", _ => null));

        Assert.Equal("'neo4j:http://neo4j:***@localhost:7474?mode=fast': '?mode=fast' is not an option: use ?api=query (Query API) or ?api=tx (transactional API)", e.Message);
    }
}
