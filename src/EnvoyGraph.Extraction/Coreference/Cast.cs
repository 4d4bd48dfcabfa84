namespace EnvoyGraph.Extraction.Coreference;

/// <summary>A person of the article, named by the fullest form it gives.</summary>
internal sealed record CastMember(int Id, string Name, IReadOnlyList<string> Parts, bool FamilyNameFirst)
{
    /// <summary>The parts it is matched by (set by the builder): no nickname in quotes, no generational suffix.</summary>
    public IReadOnlyList<string> Core { get; init; } = Parts;
}

/// <summary>Where the article refers to a person: a sentence and a token range in it.</summary>
internal sealed record PersonMention(int Person, int Sentence, int First, int Last, int Start, int End);

/// <summary>Everyone the article names, and every mention resolved to one of them.</summary>
internal sealed record Cast(IReadOnlyList<CastMember> People, IReadOnlyList<PersonMention> Mentions)
{
    private readonly ILookup<int, PersonMention> bySentence = Mentions.ToLookup(m => m.Sentence);

    public IEnumerable<PersonMention> In(int sentence) => bySentence[sentence];
}
