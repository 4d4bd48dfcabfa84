using System.Text.Json;
using EnvoyGraph.Api.Tests.Support;

namespace EnvoyGraph.Api.Tests.Samples;

/// <summary>Every query in samples/queries (the README shows them, the playground offers them) runs without errors.</summary>
public sealed class SampleQueryTests : StandardGraphTest
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.Of("samples/queries"), "*.graphql").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Sample_query_answers_data_without_errors(string file)
    {
        var path = RepoPaths.Of(Path.Combine("samples/queries", file));
        var variablesFile = Path.ChangeExtension(path, ".variables.json");
        var variables = File.Exists(variablesFile) ? JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(variablesFile)) : (object?)null;
        var body = await Run(File.ReadAllText(path), variables);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("errors", out _), $"{file}: {body}");
        Assert.All(root.GetProperty("data").EnumerateObject(), field => Assert.NotEqual(JsonValueKind.Null, field.Value.ValueKind));
    }

    [Fact]
    public async Task Path_sample_links_Takizaki_to_Yun_through_Lee()
    {
        var body = await Run(File.ReadAllText(RepoPaths.Of("samples/queries/path-between-two-envoys.graphql")));
        Assert.Equal("""{"data":{"path":[{"person":{"name":"Shigeki Takizaki","country":{"name":"Japan"}},"meeting":{"date":"2020-04-08","mode":"PHONE"},"nextPerson":{"name":"Lee Do-hoon","country":{"name":"South Korea"}}},{"person":{"name":"Lee Do-hoon","country":{"name":"South Korea"}},"meeting":{"date":"2017-10-18","mode":"IN_PERSON"},"nextPerson":{"name":"Joseph Yun","country":{"name":"United States"}}}]}}""", body);
    }
}
