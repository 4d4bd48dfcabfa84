using System.Text.Encodings.Web;
using System.Text.Json;
using EnvoyGraph.Extraction.Facts;

namespace EnvoyGraph.Cli.Output;

/// <summary>The JSON Lines form of <see cref="ArticleFacts"/> that <c>extract</c> prints and the scorer reads.</summary>
public static class FactsJson
{
    /// <summary>
    /// Property names come from the records' attributes; nulls are written so every line has the same keys;
    /// relaxed escaping keeps quotes, apostrophes and non-ASCII names readable (the output is not embedded in HTML).
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>One article as one line of JSON (no trailing newline).</summary>
    public static string ToLine(ArticleFacts facts) => JsonSerializer.Serialize(facts, Options);
}
