using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Exports;

/// <summary>How modes and statuses are written in every export: the words of the facts contract.</summary>
public static class ExportText
{
    public static string Mode(MeetingMode mode) => mode switch
    {
        MeetingMode.InPerson => "in_person",
        MeetingMode.Phone => "phone",
        MeetingMode.Video => "video",
        _ => "unknown",
    };

    public static string Status(MeetingStatus status) => status == MeetingStatus.Planned ? "planned" : "held";
}
