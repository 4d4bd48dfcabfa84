namespace EnvoyGraph.Cli.Loading;

/// <summary>An article that could not be loaded, and why.</summary>
public sealed record LoadFailure(string Source, string Reason);

/// <summary>
/// What a load did. <see cref="Read"/> counts every article tried; the new, unchanged, updated and failed counts add up to it.
/// <see cref="Persons"/>, <see cref="Meetings"/> and <see cref="Counterparts"/> count the nodes and pairs the load created
/// (a person already in the store is not counted again).
/// </summary>
public sealed record LoadSummary(
    int Read, int New, int Unchanged, int Updated, IReadOnlyList<LoadFailure> Failures,
    int Persons, int Meetings, int Counterparts, bool Interrupted = false)
{
    public int Failed => Failures.Count;
}
