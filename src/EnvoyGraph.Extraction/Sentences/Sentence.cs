namespace EnvoyGraph.Extraction.Sentences;

/// <summary>A sentence of the story body: its text, its character offset in the text as read, and its position.</summary>
internal sealed record Sentence(int Index, string Text, int Offset, int Paragraph);
