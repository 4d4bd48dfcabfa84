namespace EnvoyGraph.Graph.Model;

/// <summary>
/// The bookkeeping of a bidirectional breadth-first search between two persons, independent of the
/// store that supplies the edges: a store asks which frontier to expand, fetches its meetings
/// (person, meeting, other participant), and hands them to <see cref="Advance"/>. Expanding the
/// smaller side first keeps the work near the two ends.
/// </summary>
public sealed class BidirectionalSearch
{
    private readonly Dictionary<string, (string Prev, string Meeting)?> _forward = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Next, string Meeting)?> _backward = new(StringComparer.Ordinal);
    private HashSet<string> _forwardFrontier, _backwardFrontier;

    public BidirectionalSearch(string from, string to)
    {
        _forward[from] = null;
        _backward[to] = null;
        _forwardFrontier = [from];
        _backwardFrontier = [to];
    }

    /// <summary>True when one side has nowhere left to go: no path exists.</summary>
    public bool Exhausted => _forwardFrontier.Count == 0 || _backwardFrontier.Count == 0;

    /// <summary>Whether the next expansion is from the start (true) or from the end (false).</summary>
    public bool ExpandForward => _forwardFrontier.Count <= _backwardFrontier.Count;

    /// <summary>The persons whose meetings the next round needs.</summary>
    public IReadOnlyCollection<string> FrontierToExpand => ExpandForward ? _forwardFrontier : _backwardFrontier;

    /// <summary>
    /// Takes the edges of the frontier (in a deterministic order) and advances one hop on that side.
    /// Returns the path, from start to end, as soon as the two sides meet; null otherwise.
    /// </summary>
    public IReadOnlyList<PathStep>? Advance(IEnumerable<(string Person, string Meeting, string Other)> edges, bool forward)
    {
        var next = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (person, meeting, other) in edges)
        {
            if (forward)
            {
                if (_forward.ContainsKey(other)) continue;
                _forward[other] = (person, meeting);
                if (_backward.ContainsKey(other)) return Build(other);
            }
            else
            {
                if (_backward.ContainsKey(other)) continue;
                _backward[other] = (person, meeting);
                if (_forward.ContainsKey(other)) return Build(other);
            }
            next.Add(other);
        }
        if (forward) _forwardFrontier = next; else _backwardFrontier = next;
        return null;
    }

    private List<PathStep> Build(string middle)
    {
        var steps = new List<PathStep>();
        for (var p = middle; _forward[p] is { } link; p = link.Prev)
            steps.Add(new PathStep(link.Prev, link.Meeting, p));
        steps.Reverse();
        for (var p = middle; _backward[p] is { } link; p = link.Next)
            steps.Add(new PathStep(p, link.Meeting, link.Next));
        return steps;
    }
}
