using System.CommandLine;
using EnvoyGraph.Cli.Input;

namespace EnvoyGraph.Cli.Commands;

/// <summary>Arguments and options several commands share, so they read and fail the same way everywhere.</summary>
public static class CommonOptions
{
    /// <summary>Files, directories (searched recursively for .txt .html .htm .md) or <c>-</c> for standard input.</summary>
    public static Argument<string[]> Paths(ArgumentArity arity) => new("PATH")
    {
        Description = "Article files, directories (searched recursively for .txt, .html, .htm, .md) or - for standard input",
        Arity = arity,
    };

    /// <summary><c>--max-file-size</c>: bigger files are refused with a message instead of being read.</summary>
    public static Option<ByteSize> MaxFileSize() => new("--max-file-size")
    {
        Description = "Refuse article files bigger than this (bytes, or a number with KB, MB, GB)",
        HelpName = "SIZE",
        DefaultValueFactory = _ => new ByteSize(ArticleReader.DefaultMaxBytes),
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (ByteSize.TryParse(text, out var bytes)) return new ByteSize(bytes);
            result.AddError($"--max-file-size '{text}' is not a size: use bytes or a number with KB, MB or GB, e.g. 10MB");
            return default;
        },
    };
}
