using EnvoyGraph.Extraction.Facts;
using EnvoyGraph.Graph;
using EnvoyGraph.Graph.Model;

namespace EnvoyGraph.Api.Exports;

/// <summary>A filter the exports cannot use. <see cref="Exception.Message"/> is one line: <c>'NAME' REASON</c>.</summary>
public sealed class ExportFilterException(string name, string reason) : Exception($"'{name}' {reason}")
{
    /// <summary>The filter's name: from, to, country, person, mode, status (or the unknown name given).</summary>
    public string Name { get; } = name;
    /// <summary>What is wrong with it, quoting the value.</summary>
    public string Reason { get; } = reason;
}

/// <summary>
/// The filters of an export as the user typed them (query string or command-line options): the API's
/// <c>from</c>, <c>to</c>, <c>country</c>, <c>person</c>, <c>mode</c> and <c>status</c>.
/// </summary>
public sealed record ExportFilter(string? From = null, string? To = null, string? Country = null, string? Person = null, string? Mode = null, string? Status = null)
{
    /// <summary>The names accepted in a query string.</summary>
    public static readonly IReadOnlyList<string> Names = ["from", "to", "country", "person", "mode", "status"];

    /// <summary>
    /// The store query these filters mean: dates parsed, the country resolved from an ISO code or a name, the
    /// person from an id or a name. Throws <see cref="ExportFilterException"/> for the first bad filter.
    /// </summary>
    public async Task<MeetingQuery> ResolveAsync(IGraphReader reader, CancellationToken ct = default)
    {
        var from = ParseDate("from", From);
        var to = ParseDate("to", To);
        if (from is { } f && to is { } t && f.Start > t.End)
            throw new ExportFilterException("from", $"{f} is after 'to' {t}");
        return new MeetingQuery(
            Participant: Blank(Person) ? null : await ResolvePersonAsync(reader, Person!.Trim(), ct),
            Country: Blank(Country) ? null : await ResolveCountryAsync(reader, Country!.Trim(), ct),
            From: from,
            To: to,
            Mode: Blank(Mode) ? null : ParseMode(Mode!),
            Status: Blank(Status) ? null : ParseStatus(Status!));
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private static PartialDate? ParseDate(string name, string? text)
    {
        if (Blank(text)) return null;
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new ExportFilterException(name, $"must be a date YYYY-MM-DD or YYYY-MM, not '{Shown(text!)}'");
    }

    private static MeetingMode ParseMode(string text) => text.Trim().ToLowerInvariant().Replace('-', '_') switch
    {
        "in_person" => MeetingMode.InPerson,
        "phone" => MeetingMode.Phone,
        "video" => MeetingMode.Video,
        "unknown" => MeetingMode.Unknown,
        _ => throw new ExportFilterException("mode", $"must be in_person, phone, video or unknown, not '{Shown(text)}'"),
    };

    private static MeetingStatus ParseStatus(string text) => text.Trim().ToLowerInvariant() switch
    {
        "held" => MeetingStatus.Held,
        "planned" => MeetingStatus.Planned,
        _ => throw new ExportFilterException("status", $"must be held or planned, not '{Shown(text)}'"),
    };

    private static async Task<string> ResolveCountryAsync(IGraphReader reader, string text, CancellationToken ct)
    {
        var countries = await reader.GetCountriesAsync(null, ct);
        var match = countries.FirstOrDefault(c => string.Equals(c.Code, text, StringComparison.OrdinalIgnoreCase))
            ?? countries.FirstOrDefault(c => string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase)
                || c.Aliases.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)));
        if (match is not null) return match.Code;
        // A well-formed code of a country the graph has not seen yet matches nothing, which is an answer, not an error.
        if (text.Length == 2 && text.All(char.IsAsciiLetter)) return text.ToUpperInvariant();
        throw new ExportFilterException("country", $"'{Shown(text)}' is not a country in the graph: give an ISO code (KR) or a name (South Korea)");
    }

    private static async Task<string> ResolvePersonAsync(IGraphReader reader, string text, CancellationToken ct)
    {
        if ((await reader.GetPersonsAsync([text], ct)).FirstOrDefault() is { } byId) return byId.Id;
        var byName = await reader.FindPersonsByNameAsync(text, ct);
        return byName.Count switch
        {
            1 => byName[0].Id,
            0 => throw new ExportFilterException("person", $"'{Shown(text)}' is neither a person id nor a name in the graph"),
            _ => throw new ExportFilterException("person",
                $"'{Shown(text)}' names {byName.Count} persons: give an id ({string.Join(", ", byName.Take(5).Select(p => p.Id))})"),
        };
    }

    /// <summary>The user's value echoed in a message: short and on one line.</summary>
    internal static string Shown(string text)
    {
        var oneLine = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "...";
    }
}
