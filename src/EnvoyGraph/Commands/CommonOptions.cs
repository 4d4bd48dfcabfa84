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

    /// <summary><c>--store</c>: which graph store to use; the environment and the default fill in when it is absent.</summary>
    public static Option<string?> Store() => new("--store")
    {
        Description = $"Graph store: sqlite:PATH or neo4j:http://[user:pass@]host:7474[/database] [default: $ENVOYGRAPH_STORE, else neo4j:$NEO4J_URI, else {Graph.Stores.GraphStores.DefaultUri}]",
        HelpName = "URI",
    };

    /// <summary><c>--batch-size</c>: articles per transaction.</summary>
    public static Option<int> BatchSize() => new("--batch-size")
    {
        Description = "Articles written per transaction",
        HelpName = "N",
        DefaultValueFactory = _ => Loading.ArticleLoader.DefaultBatchSize,
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                    result.AddError($"--batch-size must be at least 1, not {result.GetValueOrDefault<int>()}");
            },
        },
    };

    /// <summary><c>--lexicon</c>: a directory of TSV files that add to or override the built-in lexicons.</summary>
    public static Option<string?> Lexicon() => new("--lexicon")
    {
        Description = "Directory of lexicon files (countries.tsv, titles.tsv, ...) that add to or override the built-in ones",
        HelpName = "DIR",
    };
}
