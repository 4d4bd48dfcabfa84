using System.Net;
using EnvoyGraph.Api.Tests.Support;

namespace EnvoyGraph.Api.Tests.Mutations;

/// <summary>ingestArticle needs the operator's API key; with it, an article goes into the graph once (issue 5).</summary>
public sealed class IngestArticleTests : StandardGraphTest
{
    private const string Key = "test-operator-key";
    private const string Mutation = "mutation($text: String!, $url: String) { ingestArticle(text: $text, url: $url, published: \"2022-01-05\") { new unchanged updated } }";
    private const string Refused = """{"errors":[{"message":"mutations need the operator's API key: send it in the X-Api-Key header (or Authorization: Bearer KEY); a service started without a key accepts no mutations","extensions":{"code":"UNAUTHENTICATED"}}]}""";

    protected override ApiOptions Options => new() { ApiKey = Key };

    private static object Article => new { text = "Envoys meet\n\nSEOUL -- The envoys of two countries met on Tuesday.", url = "https://example.test/news/mutation" };

    [Fact]
    public async Task With_the_key_the_article_is_ingested_once()
    {
        var headers = new Dictionary<string, string> { ["X-Api-Key"] = Key };
        Assert.Equal("""{"data":{"ingestArticle":{"new":1,"unchanged":0,"updated":0}}}""", await Gql.RunAsync(Host, Mutation, Article, headers));
        Assert.Equal("""{"data":{"ingestArticle":{"new":0,"unchanged":1,"updated":0}}}""", await Gql.RunAsync(Host, Mutation, Article, headers));
        Assert.Equal("""{"data":{"articles":{"totalCount":6}}}""", await Run("{ articles { totalCount } }"));
    }

    [Fact]
    public async Task The_given_publication_day_resolves_the_texts_weekdays()
    {
        var headers = new Dictionary<string, string> { ["X-Api-Key"] = Key };
        var article = new
        {
            text = "Envoys of Korea and Japan meet\n\nSouth Korean envoy Park Min-su met his Japanese counterpart, Taro Suzuki, in Tokyo on Tuesday.",
            url = "https://example.test/news/weekday",
        };
        // Published 2022-01-05 (a Wednesday): "on Tuesday" is the day before.
        Assert.Equal("""{"data":{"ingestArticle":{"new":1,"unchanged":0,"updated":0}}}""", await Gql.RunAsync(Host, Mutation, article, headers));
        Assert.Equal("""{"data":{"person":{"meetings":[{"date":"2022-01-04"}]}}}""", await Run("""{ person(name: "Park Min-su") { meetings { date } } }"""));
    }

    [Fact]
    public async Task Bearer_authorization_is_accepted_too()
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Key };
        Assert.Equal("""{"data":{"ingestArticle":{"new":1,"unchanged":0,"updated":0}}}""", await Gql.RunAsync(Host, Mutation, Article, headers));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Without_the_right_key_the_mutation_is_refused_and_nothing_is_written(string? key)
    {
        var headers = key is null ? null : new Dictionary<string, string> { ["X-Api-Key"] = key };
        Assert.Equal(Refused, await Gql.RunAsync(Host, Mutation, Article, headers));
        Assert.Equal("""{"data":{"articles":{"totalCount":5}}}""", await Run("{ articles { totalCount } }"));
    }

    [Fact]
    public async Task Refusal_is_401_with_graphql_response_json()
    {
        var response = await Host.PostAsync(Mutation, Article, accept: "application/graphql-response+json");
        await Expect.Response(response, HttpStatusCode.Unauthorized, "application/graphql-response+json; charset=utf-8", Refused);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }
}

/// <summary>A service started without an API key refuses every mutation, whatever the request sends.</summary>
public sealed class IngestArticleWithoutConfiguredKeyTests : StandardGraphTest
{
    [Theory]
    [InlineData("X-Api-Key", "")]
    [InlineData("X-Api-Key", "anything")]
    [InlineData("Authorization", "Bearer ")]
    public async Task No_configured_key_refuses_mutations(string header, string value)
    {
        var body = await Gql.RunAsync(Host, "mutation { ingestArticle(text: \"Some article.\") { new } }", null, new Dictionary<string, string> { [header] = value });
        Assert.Contains("\"code\":\"UNAUTHENTICATED\"", body);
        Assert.DoesNotContain("\"data\"", body);
    }
}
