namespace EnvoyGraph.Extraction.Mentions;

/// <summary>
/// A run of words in a sentence that may name a person ("Lee Do-hoon", "Kanasugi", "Mohammed bin Salman").
/// <see cref="First"/> and <see cref="Last"/> index the sentence's tokens.
/// </summary>
internal sealed record NameMention(int Sentence, int First, int Last, IReadOnlyList<string> Parts, int Start, int End)
{
    public string Text => string.Join(" ", Parts);
    public bool IsSingle => Parts.Count == 1;
}
