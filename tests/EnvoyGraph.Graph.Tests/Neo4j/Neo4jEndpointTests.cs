using EnvoyGraph.Graph.Neo4j;
using EnvoyGraph.Graph.Neo4j.Http;

namespace EnvoyGraph.Graph.Tests.Neo4j;

public class Neo4jEndpointTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Theory]
    [InlineData("neo4j:http://localhost:7474", "http://localhost:7474/", "neo4j", null)]
    [InlineData("neo4j:http://neo4j:secret@db.example:7474/envoys", "http://db.example:7474/", "envoys", "neo4j")]
    [InlineData("http://reader@db.example:7474/db/envoys", "http://db.example:7474/", "envoys", "reader")]
    [InlineData("neo4j:https://abc.databases.neo4j.io", "https://abc.databases.neo4j.io/", "neo4j", null)]
    public void Uri_gives_address_database_and_user(string uri, string address, string database, string? user)
    {
        var endpoint = Neo4jEndpoint.Parse(uri, NoEnvironment);

        Assert.Equal(address, endpoint.BaseAddress.ToString());
        Assert.Equal(database, endpoint.Database);
        Assert.Equal(user, endpoint.User);
    }

    [Fact]
    public void Description_shows_user_host_and_database_but_never_the_password()
    {
        var endpoint = Neo4jEndpoint.Parse("neo4j:http://neo4j:p%40ss%3Aword@localhost:7474/envoys", NoEnvironment);

        Assert.Equal("neo4j:http://neo4j@localhost:7474/envoys", endpoint.Description);
        Assert.Equal("neo4j:http://neo4j@localhost:7474/envoys", endpoint.ToString());
        Assert.Equal("p@ss:word", endpoint.Password);
    }

    [Fact]
    public void Environment_fills_in_missing_credentials()
    {
        var env = new Dictionary<string, string> { ["NEO4J_USER"] = "envoy", ["NEO4J_PASSWORD"] = "from-env" };

        var endpoint = Neo4jEndpoint.Parse("neo4j:http://localhost:7474", k => env.GetValueOrDefault(k));

        Assert.Equal("envoy", endpoint.User);
        Assert.Equal("from-env", endpoint.Password);
    }

    [Fact]
    public void Credentials_in_the_uri_win_over_the_environment()
    {
        var env = new Dictionary<string, string> { ["NEO4J_USER"] = "envoy", ["NEO4J_PASSWORD"] = "from-env" };

        var endpoint = Neo4jEndpoint.Parse("neo4j:http://admin:from-uri@localhost:7474", k => env.GetValueOrDefault(k));

        Assert.Equal(("admin", "from-uri"), (endpoint.User, endpoint.Password));
    }

    [Fact]
    public void A_password_alone_means_the_default_user()
    {
        var endpoint = Neo4jEndpoint.Parse("neo4j:http://localhost:7474", k => k == "NEO4J_PASSWORD" ? "pw" : null);

        Assert.Equal("neo4j", endpoint.User);
    }

    [Fact]
    public void Bolt_address_is_refused_with_the_form_to_use()
    {
        var e = Assert.Throws<ArgumentException>(() => Neo4jEndpoint.Parse("neo4j://neo4j:secret@localhost:7687", NoEnvironment));

        Assert.Contains("use neo4j:http://host:7474", e.Message);
        Assert.DoesNotContain("secret", e.Message);
    }

    [Fact]
    public void Garbage_is_refused_with_the_expected_form()
    {
        var e = Assert.Throws<ArgumentException>(() => Neo4jEndpoint.Parse("neo4j:not a url", NoEnvironment));

        Assert.Equal("'neo4j:not a url' is not a Neo4j address: expected neo4j:http://[user:pass@]host:7474[/database]", e.Message);
    }

    [Theory]
    [InlineData("neo4j:http://neo4j:secret@localhost:7474", "neo4j:http://neo4j:***@localhost:7474")]
    [InlineData("neo4j:http://neo4j@localhost:7474", "neo4j:http://neo4j@localhost:7474")]
    [InlineData("neo4j:http://localhost:7474", "neo4j:http://localhost:7474")]
    [InlineData("neo4j:http://neo4j:p@ss:w@rd@localhost:7474/db", "neo4j:http://neo4j:***@localhost:7474/db")]
    [InlineData("neo4j:http://localhost:7474/db?api=query", "neo4j:http://localhost:7474/db?api=query")]
    public void Redact_hides_only_the_password(string uri, string shown) =>
        Assert.Equal(shown, Neo4jEndpoint.Redact(uri));

    [Theory]
    [InlineData("http://localhost:7474", "neo4j:http://localhost:7474")]
    [InlineData("neo4j:http://localhost:7474/x", "neo4j:http://localhost:7474/x")]
    [InlineData("", null)]
    public void Store_uri_from_NEO4J_URI(string value, string? uri) =>
        Assert.Equal(uri, Neo4jGraphStore.UriFromEnvironment(k => k == "NEO4J_URI" ? value : null));
}
