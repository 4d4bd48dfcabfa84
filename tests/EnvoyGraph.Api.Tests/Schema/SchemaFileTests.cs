using EnvoyGraph.Api.Schema;
using EnvoyGraph.Api.Tests.Support;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace EnvoyGraph.Api.Tests.Schema;

/// <summary>graph-schema/schema.graphql is the SDL printed from the code (issue 5).</summary>
public sealed class SchemaFileTests
{
    private const string File = "graph-schema/schema.graphql";

    [Fact]
    public void Schema_file_matches_the_schema_printed_from_the_code()
    {
        var printed = PrintSchema();
        var path = RepoPaths.Of(File);
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, printed);
        }
        var onDisk = System.IO.File.Exists(path) ? System.IO.File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(onDisk == printed,
            $"{File} differs from the schema in the code; regenerate it with: UPDATE_SCHEMA=1 dotnet test tests/EnvoyGraph.Api.Tests --filter SchemaFileTests");
    }

    [Fact]
    public void Every_field_and_argument_has_a_description()
    {
        var schema = BuildSchema();
        var missing = schema.AllTypes.OfType<GraphQL.Types.IComplexGraphType>()
            .Where(t => !t.Name.StartsWith("__"))
            .SelectMany(t => t.Fields.SelectMany(f =>
                (string.IsNullOrWhiteSpace(f.Description) ? [$"{t.Name}.{f.Name}"] : Array.Empty<string>())
                .Concat((f.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{t.Name}.{f.Name}({a.Name})"))))
            .ToList();
        Assert.Empty(missing);
    }

    internal static string PrintSchema() => BuildSchema().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static EnvoyGraphSchema BuildSchema()
    {
        var services = new ServiceCollection();
        services.AddEnvoyGraph(CountingStore.Wrap(null).Store, new ApiOptions());
        var schema = services.BuildServiceProvider().GetRequiredService<EnvoyGraphSchema>();
        schema.Initialize();
        return schema;
    }
}
