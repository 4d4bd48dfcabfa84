using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Exports;

/// <summary>A participant of an exported meeting, with their country when known.</summary>
public sealed record ExportedParticipant(Person Person, Country? Country, string? Role);

/// <summary>An article that reports an exported meeting, with the sentence that states it.</summary>
public sealed record ExportedReport(string Evidence, Article? Article);

/// <summary>One meeting as the exports see it: participants ordered by name, reports by publication date.</summary>
public sealed record ExportedMeeting(Meeting Meeting, IReadOnlyList<ExportedParticipant> Participants, IReadOnlyList<ExportedReport> Reports);

/// <summary>
/// The meetings to export, one page at a time, in a stable order; callable more than once (the graph
/// writers read twice: nodes first, then edges). <paramref name="withReports"/> false skips the articles.
/// </summary>
public delegate IAsyncEnumerable<IReadOnlyList<ExportedMeeting>> MeetingPages(bool withReports, CancellationToken ct);
