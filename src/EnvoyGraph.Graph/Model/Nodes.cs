using EnvoyGraph.Extraction.Facts;

namespace EnvoyGraph.Graph.Model;

public enum MeetingMode { InPerson, Phone, Video, Unknown }
public enum MeetingStatus { Held, Planned }

/// <summary>A person; <see cref="Id"/> is a stable slug of the normalised full name (plus country when needed).</summary>
public sealed record Person(string Id, string Name, IReadOnlyList<string> Aliases, string? CountryCode, string? Role);

/// <summary>A country or represented body; <see cref="Code"/> is ISO 3166-1 alpha-2 (or a short code for bodies: "UN", "EU").</summary>
public sealed record Country(string Code, string Name, IReadOnlyList<string> Aliases);

/// <summary>One real encounter, however many articles report it. <see cref="Format"/>: bilateral, trilateral, multilateral.</summary>
public sealed record Meeting(string Id, PartialDate? Date, MeetingMode Mode, MeetingStatus Status, string Format, string? Location);

/// <summary>An article; <see cref="Id"/> is a hash of the url, else of the normalised text.</summary>
public sealed record Article(string Id, string? Url, string? Title, string? Outlet, PartialDate? Published, string? SourcePath, string ContentHash);

/// <summary>ATTENDED: a person at a meeting, in the role they held then.</summary>
public sealed record Attendance(string PersonId, string MeetingId, string? Role);

/// <summary>REPORTED_IN: the article that reports a meeting, with its evidence sentence.</summary>
public sealed record Report(string MeetingId, string ArticleId, string Evidence, int? Offset);

/// <summary>COUNTERPART_OF, stored once with <see cref="PersonA"/> &lt; <see cref="PersonB"/> (ordinal), read both ways.</summary>
public sealed record Counterpart(string PersonA, string PersonB, PartialDate? FirstSeen, PartialDate? LastSeen, IReadOnlyList<string> ArticleIds);

/// <summary>REPRESENTS: a dated role of a person for a country.</summary>
public sealed record RoleSpan(string PersonId, string CountryCode, string? Title, PartialDate? FirstSeen, PartialDate? LastSeen);

/// <summary>MENTIONED_IN: an article names a person.</summary>
public sealed record Mention(string PersonId, string ArticleId);
