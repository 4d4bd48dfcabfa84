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
    bool AllNamed);
