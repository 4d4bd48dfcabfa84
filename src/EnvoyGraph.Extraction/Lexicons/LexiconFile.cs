namespace EnvoyGraph.Extraction.Lexicons;

/// <summary>
/// One lexicon file as text: <paramref name="Name"/> is its file name (e.g. <c>countries.tsv</c>, used to
/// pick the table and in error messages), <paramref name="Text"/> its content. Reading files from disk is
/// the caller's business, so extraction stays free of I/O.
/// </summary>
public sealed record LexiconFile(string Name, string Text);

/// <summary>A lexicon file that cannot be used; the message names the file and line and quotes the line.</summary>
public sealed class LexiconException(string message) : Exception(message);
