using System.Text.Json.Serialization;

namespace EnvoyGraph.Extraction.Facts;

/// <summary>
/// What one article says about envoys and meetings: the JSON contract printed by
/// <c>envoygraph extract</c> (one object per line) and scored against the gold files.
/// Country names are common English short names ("South Korea"); dates are
/// <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or null.
/// </summary>
public sealed record ArticleFacts(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("persons")] IReadOnlyList<PersonFact> Persons,
    [property: JsonPropertyName("meetings")] IReadOnlyList<MeetingFact> Meetings,
    [property: JsonPropertyName("counterparts")] IReadOnlyList<IReadOnlyList<string>> Counterparts);

/// <summary>A person the article names, by the fullest form it gives.</summary>
public sealed record PersonFact(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases = null);

/// <summary>
/// One encounter the article reports. <c>mode</c> ∈ in_person | phone | video | unknown;
/// <c>status</c> ∈ held | planned. <c>offset</c> is the character offset of the evidence
/// sentence in the article text as read.
/// </summary>
public sealed record MeetingFact(
    [property: JsonPropertyName("participants")] IReadOnlyList<string> Participants,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("evidence")] string Evidence,
    [property: JsonPropertyName("offset")] int? Offset = null);
