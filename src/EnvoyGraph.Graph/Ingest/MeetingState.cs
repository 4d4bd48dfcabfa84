using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Graph.Ingest;

/// <summary>A meeting as ingest sees it: stored or new, with the participants and changes of this batch.</summary>
internal sealed class MeetingState
{
    public MeetingState(Meeting meeting, IEnumerable<string> participants, bool isNew)
    {
        Id = StoredId = meeting.Id;
        Date = meeting.Date;
        Mode = meeting.Mode;
        Status = meeting.Status;
        Location = meeting.Location;
        Participants = new SortedSet<string>(participants, StringComparer.Ordinal);
        IsNew = isNew;
        IsChanged = isNew;
    }

    /// <summary>The id it will have after this batch.</summary>
    public string Id { get; set; }
    /// <summary>The id it has in the store (for a stored meeting whose date gets upgraded).</summary>
    public string StoredId { get; }
    public PartialDate? Date { get; set; }
    public MeetingMode Mode { get; set; }
    public MeetingStatus Status { get; set; }
    public string? Location { get; set; }
    public SortedSet<string> Participants { get; }
    public bool IsNew { get; }
    public bool IsChanged { get; set; }

    public Meeting ToMeeting(string format) => new(Id, Date, Mode, Status, format, Location);
}
