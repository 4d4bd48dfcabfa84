using EnvoyGraph.Extraction.Facts;

namespace EnvoyGraph.Extraction.Meetings;

/// <summary>A meeting one sentence reports, before meetings reported more than once are merged.</summary>
internal sealed record MeetingCandidate(
    IReadOnlyList<int> Participants,
    PartialDate? Date,
    string Mode,
    bool ModeStated,
    string? Location,
    string Status,
    string Evidence,
    int Offset,
    bool AllNamed)
{
    /// <summary>The month the story implies when the sentence gives no date ("during the visit", a plan with no
    /// day): the date only if merging finds no dated report of the same meeting.</summary>
    public PartialDate? Implied { get; init; }

    /// <summary>An earlier meeting the sentence implies ("met for the second time"): not one of the dated reports of
    /// the same people, so merging keeps it apart from them.</summary>
    public bool Earlier { get; init; }
}
