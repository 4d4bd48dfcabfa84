using EnvoyGraph.Cli.Loading;

namespace EnvoyGraph.Cli.Tests.Loading;

public sealed class StoreLocationTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Without_option_or_environment_the_embedded_sqlite_file_is_used() =>
        Assert.Equal("sqlite:envoygraph.db", StoreLocation.Resolve(null, Env()));

    [Fact]
    public void Option_wins_over_the_environment() =>
        Assert.Equal("sqlite:mine.db", StoreLocation.Resolve("sqlite:mine.db", Env(("ENVOYGRAPH_STORE", "sqlite:env.db"))));

    [Fact]
    public void Envoygraph_store_wins_over_neo4j_uri() =>
        Assert.Equal("sqlite:env.db", StoreLocation.Resolve(null, Env(("ENVOYGRAPH_STORE", "sqlite:env.db"), ("NEO4J_URI", "http://db:7474"))));

    [Fact]
    public void Neo4j_uri_alone_selects_neo4j() =>
        Assert.Equal("neo4j:http://db:7474", StoreLocation.Resolve(null, Env(("NEO4J_URI", "http://db:7474"))));

    [Fact]
    public void Passwords_are_hidden_in_messages() =>
        Assert.Equal("neo4j:http://neo4j:***@db:7474", StoreLocation.Redact("neo4j:http://neo4j:secret@db:7474"));
}
